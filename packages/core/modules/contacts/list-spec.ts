import { LEAD_STATUSES } from "../records/enums";
import type { ListSpec } from "../records/list-query";
import { listSearchCondition } from "../search/list-search";
import { contacts } from "./tables";

export const contactListSpec: ListSpec = {
  object: "contacts",
  table: contacts,
  defaultSort: "-updatedAt",
  fields: {
    firstName: { kind: "text", column: contacts.firstName, sortable: true },
    lastName: { kind: "text", column: contacts.lastName, sortable: true },
    email: { kind: "text", column: contacts.email },
    title: { kind: "text", column: contacts.title },
    companyId: { kind: "uuid", column: contacts.companyId },
    ownerId: { kind: "uuid", column: contacts.ownerId },
    leadStatus: { kind: "enum", column: contacts.leadStatus, values: LEAD_STATUSES, sortable: true },
    leadScore: { kind: "number", column: contacts.leadScore, sortable: true },
    source: { kind: "text", column: contacts.source },
    doNotContact: { kind: "boolean", column: contacts.doNotContact },
    tag: { kind: "tags", column: contacts.tags },
    createdAt: { kind: "timestamp", column: contacts.createdAt, sortable: true },
    updatedAt: { kind: "timestamp", column: contacts.updatedAt, sortable: true },
  },
  search: (q) => listSearchCondition(contacts, q, { emails: true }),
};
