import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput, recordOutput } from "../records/operation-schemas";
import { createCustomField } from "./create-custom-field";
import { deleteCustomField } from "./delete-custom-field";
import { listCustomFields } from "./list-custom-fields";
import { createCustomFieldSchema, listCustomFieldsSchema, updateCustomFieldSchema } from "./schemas";
import { customFieldDefinitions } from "./tables";
import { updateCustomField } from "./update-custom-field";

// Custom field definitions: every member reads them (forms and lists need them), admins change them.

const fieldOutput = recordOutput(customFieldDefinitions);

export const customFieldOperations = {
  list: defineOperation({
    name: "customFields.list",
    description: "List the org's custom field definitions, of one record type or all, in form order",
    permission: "records:read",
    writes: false,
    input: listCustomFieldsSchema,
    output: z.array(fieldOutput),
    handler: (ctx, input) => listCustomFields(ctx, input),
  }),
  create: defineOperation({
    name: "customFields.create",
    description: "Define a custom field of a record type (the key comes from the label unless given)",
    permission: "org:update",
    writes: true,
    input: createCustomFieldSchema,
    output: fieldOutput,
    handler: (ctx, input) => createCustomField(ctx, input),
  }),
  update: defineOperation({
    name: "customFields.update",
    description: "Change a field's label, options, required flag or position (key and type stay)",
    permission: "org:update",
    writes: true,
    input: idInput.extend({ patch: updateCustomFieldSchema }),
    fieldsIn: "patch",
    output: fieldOutput,
    handler: (ctx, input) => updateCustomField(ctx, input.id, input.patch),
  }),
  delete: defineOperation({
    name: "customFields.delete",
    description: "Delete a field definition and its values from every record of its type",
    permission: "org:update",
    writes: true,
    input: idInput,
    output: z.object({ recordsChanged: z.number().int().describe("Records that lost their value") }),
    handler: async (ctx, input) => ({ recordsChanged: await deleteCustomField(ctx, input.id) }),
  }),
};
