"use server";
import { viewOperations as op } from "@crm/core/modules/views/operations";
import type { CreateViewInput, ListViewsInput, UpdateViewInput } from "@crm/core/modules/views/schemas";
import { can } from "@crm/core/platform/permissions";
import { runOrgOperation } from "@/lib/operation-action";

/**
 * The views of a list the caller may use, each with what the caller may do to it (the services
 * decide the same: only the creator changes a view; the creator or an admin deletes it).
 */
export async function listViewsAction(slug: string, input: ListViewsInput) {
  return runOrgOperation(slug, op.list, input, (views, ctx) => {
    // The same rule as the services (view-policy.ts): a shared view is changed only by a writer.
    const writes = can(ctx, "records:write");
    const items = views.map((view) => ({
      id: view.id,
      name: view.name,
      shared: view.shared,
      state: view.state,
      mine: view.ownerId === ctx.userId,
      canEdit: view.ownerId === ctx.userId && (writes || !view.shared),
      canDelete: (view.ownerId === ctx.userId || ctx.role === "admin") && (writes || !view.shared),
    }));
    return { views: items, canShare: writes };
  });
}

export async function createViewAction(slug: string, input: CreateViewInput) {
  return runOrgOperation(slug, op.create, input, (view) => ({ id: view.id, name: view.name }));
}

export async function updateViewAction(slug: string, id: string, patch: UpdateViewInput) {
  return runOrgOperation(slug, op.update, { id, patch }, (view) => ({ id: view.id, name: view.name }));
}

export async function deleteViewAction(slug: string, id: string) {
  const result = await runOrgOperation(slug, op.delete, { id });
  return result.ok ? { ok: true as const, data: undefined } : result;
}
