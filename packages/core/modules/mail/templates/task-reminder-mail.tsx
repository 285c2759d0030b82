/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { env } from "../../../platform/env";
import { mailLocale, mailTranslator } from "../mail-i18n";
import { type RenderedMail, renderMail } from "../render-mail";
import { MailLayout, Paragraph } from "./mail-layout";

/** A due task's reminder, in the assignee's language, the due time in the org's time zone. */
export async function composeTaskReminderMail(input: {
  title: string;
  orgName: string;
  dueAt: Date;
  timeZone: string;
  locale?: string | null;
  link: string;
}): Promise<RenderedMail> {
  const locale = mailLocale(input.locale);
  const t = mailTranslator(locale);
  const due = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: input.timeZone,
  }).format(input.dueAt);
  const body = t("taskReminder.body", { title: input.title, org: input.orgName, due });
  return renderMail(
    t("taskReminder.subject", { title: input.title }),
    <MailLayout
      locale={locale}
      preview={body}
      heading={t("taskReminder.heading")}
      action={{ label: t("taskReminder.button"), href: input.link, fallback: t("layout.linkFallback") }}
      footer={t("layout.footer", { appName: "CRM", appUrl: env.APP_URL })}
    >
      <Paragraph>{body}</Paragraph>
    </MailLayout>,
  );
}
