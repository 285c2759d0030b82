import { z } from "zod";
import { defineOperation } from "../../platform/operations/define-operation";
import { idInput, recordOutput } from "../records/operation-schemas";
import { createView } from "./create-view";
import { deleteView } from "./delete-view";
import { listViews } from "./list-views";
import { createViewSchema, listViewsSchema, updateViewSchema } from "./schemas";
import { savedViews } from "./tables";
import { updateView } from "./update-view";

// Saved list views. Reading records is enough for a private view (the owner's preference); a shared
// one changes what the org sees, so the services ask for `records:write` there (view-policy.ts).

const viewOutput = recordOutput(savedViews);

export const viewOperations = {
  list: defineOperation({
    name: "views.list",
    description: "List the caller's own saved views of a list and those shared with the org, by name",
    permission: "records:read",
    writes: false,
    input: listViewsSchema,
    output: z.array(viewOutput),
    handler: (ctx, input) => listViews(ctx, input),
  }),
  create: defineOperation({
    name: "views.create",
    description: "Save a list view (filters, sort, columns) for the caller; `shared` shows it to the org",
    permission: "records:read",
    writes: true,
    input: createViewSchema,
    output: viewOutput,
    handler: (ctx, input) => createView(ctx, input),
  }),
  update: defineOperation({
    name: "views.update",
    description: "Change an own saved view; fields left out stay as they are",
    permission: "records:read",
    writes: true,
    input: idInput.extend({ patch: updateViewSchema }),
    fieldsIn: "patch",
    output: viewOutput,
    handler: (ctx, input) => updateView(ctx, input.id, input.patch),
  }),
  delete: defineOperation({
    name: "views.delete",
    description: "Delete an own saved view (admins may delete views shared with the org)",
    permission: "records:read",
    writes: true,
    input: idInput,
    output: z.null(),
    handler: async (ctx, input) => {
      await deleteView(ctx, input.id);
      return null;
    },
  }),
};
