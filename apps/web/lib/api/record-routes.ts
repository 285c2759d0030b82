import "server-only";
import type { ListFilters, ListParams, Page } from "@crm/core/modules/records/list-query";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";
import { withApi } from "./with-api";

// Route handlers for a record resource, so every /api/v1/<records> route behaves the same way.

type IdParams = { id: string };

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body must be JSON");
  }
}

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

export function getRoute<T>(get: (ctx: Ctx, id: string) => Promise<T>) {
  return withApi<IdParams>(async (_request, { ctx, params }) =>
    Response.json({ data: await get(ctx, params.id) }),
  );
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
