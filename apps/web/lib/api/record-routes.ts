import "server-only";
import { listTimeline } from "@crm/core/modules/activities/list-timeline";
import type { TimelineAnchor } from "@crm/core/modules/activities/schemas";
import type { ListFilters, ListParams, Page } from "@crm/core/modules/records/list-query";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";
import { z } from "zod";
import { readJson } from "./read-json-body";
import { withApi } from "./with-api";

// Route handlers for a record resource, so every /api/v1/<records> route behaves the same way.

type IdParams = { id: string };

export { readJson };

export function listRoute<T>(list: (ctx: Ctx, params: ListParams, filters: ListFilters) => Promise<Page<T>>) {
  return withApi(async (request, { ctx }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await list(ctx, query, query));
  });
}

export function createRoute<T>(create: (ctx: Ctx, input: never) => Promise<T>) {
  return withApi(async (request, { ctx }) =>
    Response.json({ data: await create(ctx, (await readJson(request)) as never) }, { status: 201 }),
  );
}

const includeSchema = z.object({
  include: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").filter(Boolean))
    .pipe(z.array(z.enum(["timeline"]))),
});

/**
 * GET one record. Records with a history take `?include=timeline`: the first page of the record's
 * timeline (as `GET /timeline?<anchor>=<id>` answers it) comes along as `timeline`, so a record page
 * needs one request instead of two.
 */
export function getRoute<T>(
  get: (ctx: Ctx, id: string) => Promise<T>,
  options: { timeline?: keyof TimelineAnchor } = {},
) {
  return withApi<IdParams>(async (request, { ctx, params }) => {
    const { include } = includeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const anchor = options.timeline;
    if (!include.includes("timeline")) return Response.json({ data: await get(ctx, params.id) });
    if (!anchor)
      throw new AppError("unprocessable", "This record has no timeline", {
        fieldErrors: { include: ["Unknown include"] },
      });
    // Side by side (on PostgreSQL two connections); the timeline checks the record's visibility too,
    // so a record the caller cannot see is a 404 either way.
    const [data, timeline] = await Promise.all([
      get(ctx, params.id),
      listTimeline(ctx, { [anchor]: params.id }),
    ]);
    return Response.json({ data, timeline });
  });
}

export function patchRoute<T>(update: (ctx: Ctx, id: string, input: never) => Promise<T>) {
  return withApi<IdParams>(async (request, { ctx, params }) =>
    Response.json({ data: await update(ctx, params.id, (await readJson(request)) as never) }),
  );
}

export function deleteRoute(remove: (ctx: Ctx, id: string) => Promise<void>) {
  return withApi<IdParams>(async (_request, { ctx, params }) => {
    await remove(ctx, params.id);
    return new Response(null, { status: 204 });
  });
}
