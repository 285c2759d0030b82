import { z } from "zod";
import { text } from "../../platform/validation";
import { LEAD_STATUSES } from "../records/enums";
import { customInputSchema, emailSchema, optionalText, tagsSchema } from "../records/schemas";

export const phoneSchema = z.object({
  label: text().trim().max(30).default("work"),
  number: text().trim().min(3).max(40),
});

// Without defaults: a PATCH must leave out what it does not change (the database has the defaults).
const fields = {
  firstName: text().trim().min(1).max(100),
  lastName: text().trim().max(100),
  email: emailSchema.nullish(),
  emails: z.array(emailSchema).max(10),
  phones: z.array(phoneSchema).max(10),
  title: optionalText(200),
  companyId: z.uuid().nullish(),
  ownerId: z.uuid().nullish(),
  leadStatus: z.enum(LEAD_STATUSES),
  leadScore: z.number().int().min(0).max(100),
  source: optionalText(100),
  doNotContact: z.boolean(),
  tags: tagsSchema,
  custom: customInputSchema,
};

export const createContactSchema = z.object(fields).partial().required({ firstName: true });
export type CreateContactInput = z.input<typeof createContactSchema>;
export type CreateContactData = z.output<typeof createContactSchema>;

export const updateContactSchema = z.object(fields).partial();
export type UpdateContactInput = z.input<typeof updateContactSchema>;
export type UpdateContactData = z.output<typeof updateContactSchema>;
