import { z } from "zod";
import type { Ctx } from "../../platform/context";
import { defineOperation } from "../../platform/operations/define-operation";
import { activities } from "../activities/tables";
import type { RecordObject } from "./enums";
import { getWithTimeline } from "./get-with-timeline";
import type { ListFilters, ListPage, ListParams, ListSpec } from "./list-query";
import { idInput, listInput, listPageOutput, recordOutput } from "./operation-schemas";

// The five operations every record type has (list, get, create, update, delete), declared the same
// way for each: `<object>.list`, `<object>.get`, … with the record type's schemas.

type RecordOperationsOf<Row, Created, Updated> = {
  object: RecordObject;
  /** Singular, for descriptions: "contact". */
  noun: string;
  spec: ListSpec;
  row: z.ZodType;
  list: (ctx: Ctx, params: ListParams, filters: ListFilters) => Promise<ListPage<Row>>;
  get: (ctx: Ctx, id: string) => Promise<Row>;
  create: { schema: z.ZodType<Created>; run: (ctx: Ctx, input: Created) => Promise<Row> };
  update: { schema: z.ZodType<Updated>; run: (ctx: Ctx, id: string, input: Updated) => Promise<Row> };
  remove: (ctx: Ctx, id: string) => Promise<void>;
  /** The record has a timeline (`include: "timeline"` on get). */
  timeline?: "contactId" | "companyId" | "dealId";
};

const timelinePage = listPageOutput(recordOutput(activities)).pick({ data: true, nextCursor: true });

export function defineRecordOperations<Row, Created, Updated>(r: RecordOperationsOf<Row, Created, Updated>) {
  const getInput = r.timeline
    ? idInput.extend({
        include: z
          .enum(["timeline"])
          .optional()
          .describe("timeline: the first page of the record's timeline comes along as `timeline`"),
      })
    : idInput;
  const timeline = r.timeline;
  return {
    list: defineOperation({
      name: `${r.object}.list`,
      description: `List ${r.object} visible to the caller, filtered, searched and sorted, a page at a time`,
      permission: "records:read",
      writes: false,
      input: listInput(r.spec),
      output: listPageOutput(r.row),
      handler: (ctx, input) => r.list(ctx, input, input as ListFilters),
    }),
    get: defineOperation({
      name: `${r.object}.get`,
      description: `Get one ${r.noun}${timeline ? ", optionally with its timeline" : ""}`,
      permission: "records:read",
      writes: false,
      input: getInput,
      output: z.object({ data: r.row, ...(timeline ? { timeline: timelinePage.optional() } : {}) }),
      handler: (
        ctx,
        input: { id: string; include?: "timeline" },
      ): Promise<{ data: Row; timeline?: unknown }> =>
        timeline
          ? getWithTimeline(ctx, r.get, timeline, input)
          : r.get(ctx, input.id).then((data) => ({ data })),
    }),
    create: defineOperation({
      name: `${r.object}.create`,
      description: `Create a ${r.noun}`,
      permission: "records:write",
      writes: true,
      input: r.create.schema,
      output: r.row,
      handler: (ctx, input) => r.create.run(ctx, input),
    }),
    update: defineOperation({
      name: `${r.object}.update`,
      description: `Change fields of a ${r.noun}; fields left out stay as they are`,
      permission: "records:write",
      writes: true,
      input: z.object({ id: z.uuid(), patch: r.update.schema }),
      fieldsIn: "patch",
      output: r.row,
      handler: (ctx, input) => r.update.run(ctx, input.id, input.patch),
    }),
    delete: defineOperation({
      name: `${r.object}.delete`,
      description: `Move a ${r.noun} to the trash (restorable)`,
      permission: "records:write",
      writes: true,
      input: idInput,
      output: z.null(),
      handler: async (ctx, input) => {
        await r.remove(ctx, input.id);
        return null;
      },
    }),
  };
}
