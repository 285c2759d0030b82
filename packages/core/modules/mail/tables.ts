import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "../orgs/tables";

// While SMTP_URL is not set, outgoing mail is kept here (in the org that sent it)
// and shown to that org's admins in the dev mailbox.
export const devMails = pgTable(
  "dev_mails",
  {
    id: uuid("id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    link: text("link"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dev_mails_to_idx").on(t.toEmail, t.createdAt), index("dev_mails_org_idx").on(t.orgId)],
);

export type DevMail = typeof devMails.$inferSelect;
