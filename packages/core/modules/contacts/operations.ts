import { defineOperation } from "../../platform/operations/define-operation";
import { fileReply } from "../../platform/operations/rest-route";
import { getContactVCard } from "../exports/get-contact-vcard";
import { idInput, recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { createContact } from "./create-contact";
import { deleteContact } from "./delete-contact";
import { getContactOrThrow } from "./get-contact";
import { listContacts } from "./list-contacts";
import { contactListSpec } from "./list-spec";
import { createContactSchema, updateContactSchema } from "./schemas";
import { contacts } from "./tables";
import { updateContact } from "./update-contact";

export const contactOperations = {
  ...defineRecordOperations({
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
  }),
  vcard: defineOperation({
    name: "contacts.exportVCard",
    description:
      "A contact as a vCard 3.0 file: name, organization, title, every email and phone, tags (audited like any export)",
    permission: "records:export",
    writes: false,
    input: idInput,
    output: fileReply,
    handler: async (ctx, { id }) => {
      const { vcard, filename } = await getContactVCard(ctx, id);
      return { filename, contentType: "text/vcard; charset=utf-8", body: vcard };
    },
  }),
};
