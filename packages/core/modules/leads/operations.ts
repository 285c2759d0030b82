import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { companies } from "../companies/tables";
import { contacts } from "../contacts/tables";
import { deals } from "../deals/tables";
import { idInput, recordOutput } from "../records/operation-schemas";
import { defineRecordOperations } from "../records/record-operations";
import { convertLead } from "./convert-lead";
import { createLead } from "./create-lead";
import { deleteLead } from "./delete-lead";
import { getLeadOrThrow } from "./get-lead";
import { listLeads } from "./list-leads";
import { leadListSpec } from "./list-spec";
import { convertLeadSchema, createLeadSchema, updateLeadSchema } from "./schemas";
import { leads } from "./tables";
import { updateLead } from "./update-lead";

export const leadOperations = {
  ...defineRecordOperations({
    object: "leads",
    noun: "lead",
    spec: leadListSpec,
    row: recordOutput(leads),
    list: listLeads,
    get: getLeadOrThrow,
    create: { schema: createLeadSchema, run: createLead },
    update: { schema: updateLeadSchema, run: updateLead },
    remove: deleteLead,
  }),
  convert: defineOperation({
    name: "leads.convert",
    description:
      "Convert a lead into a contact, a company (reused when one matches) and optionally a deal, in one step",
    permission: "records:write",
    writes: true,
    input: idInput.extend(convertLeadSchema.shape),
    output: z.object({
      contact: recordOutput(contacts),
      company: recordOutput(companies).nullable(),
      deal: recordOutput(deals).nullable(),
    }),
    handler: (ctx, { id, ...input }) => convertLead(ctx, id, input),
  }),
};
