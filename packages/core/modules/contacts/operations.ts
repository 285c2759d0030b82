import { recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { createContact } from "./create-contact";
import { deleteContact } from "./delete-contact";
import { getContactOrThrow } from "./get-contact";
import { listContacts } from "./list-contacts";
import { contactListSpec } from "./list-spec";
import { createContactSchema, updateContactSchema } from "./schemas";
import { contacts } from "./tables";
import { updateContact } from "./update-contact";

export const contactOperations = defineRecordOperations({
  object: "contacts",
  noun: "contact",
  spec: contactListSpec,
  row: recordOutput(contacts),
  list: listContacts,
  get: getContactOrThrow,
  create: { schema: createContactSchema, run: createContact },
  update: { schema: updateContactSchema, run: updateContact },
  remove: deleteContact,
  timeline: "contactId",
});
