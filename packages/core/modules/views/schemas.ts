import { z } from "zod";
import { text } from "../../platform/validation";
import { RECORD_OBJECTS } from "../records/enums";

/** What a list looks like: the query-string filters, the sort and the visible columns. */
export const viewStateSchema = z.object({
  filters: z.record(text().max(100), text().max(1000)).default({}),
  sort: text().max(100).optional(),
  columns: z.array(text().max(100)).max(100).default([]),
});

const fields = {
  object: z.enum(RECORD_OBJECTS),
  name: text().trim().min(1).max(100),
  shared: z.boolean(),
  state: viewStateSchema,
};

export const createViewSchema = z.object({ ...fields, shared: fields.shared.default(false) });
export type CreateViewInput = z.input<typeof createViewSchema>;
export type CreateViewData = z.output<typeof createViewSchema>;

export const updateViewSchema = z
  .object({ name: fields.name, shared: fields.shared, state: fields.state })
  .partial();
export type UpdateViewInput = z.input<typeof updateViewSchema>;
export type UpdateViewData = z.output<typeof updateViewSchema>;

export const listViewsSchema = z.object({ object: z.enum(RECORD_OBJECTS) });
export type ListViewsInput = z.input<typeof listViewsSchema>;
export type ListViewsData = z.output<typeof listViewsSchema>;
