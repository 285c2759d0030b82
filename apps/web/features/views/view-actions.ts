"use server";
import { createView } from "@crm/core/modules/views/create-view";
import { deleteView } from "@crm/core/modules/views/delete-view";
import { listViews } from "@crm/core/modules/views/list-views";
import { createViewSchema, listViewsSchema, updateViewSchema } from "@crm/core/modules/views/schemas";
import { updateView } from "@crm/core/modules/views/update-view";
import { can } from "@crm/core/platform/permissions";
import { z } from "zod";
import { runOrgAction } from "@/lib/actions";

/**
 * The views of a list the caller may use, each with what the caller may do to it (the services
 * decide the same: only the creator changes a view; the creator or an admin deletes it).
 */
export async function listViewsAction(slug: string, input: unknown) {
  return runOrgAction("views.list", slug, async (ctx) => {
    const views = await listViews(ctx, listViewsSchema.parse(input));
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

export async function createViewAction(slug: string, input: unknown) {
  return runOrgAction("views.create", slug, async (ctx) => {
    const view = await createView(ctx, createViewSchema.parse(input));
    return { id: view.id, name: view.name };
  });
}

export async function updateViewAction(slug: string, id: unknown, input: unknown) {
  return runOrgAction("views.update", slug, async (ctx) => {
    const view = await updateView(ctx, z.uuid().parse(id), updateViewSchema.parse(input));
    return { id: view.id, name: view.name };
  });
}

export async function deleteViewAction(slug: string, id: unknown) {
  return runOrgAction("views.delete", slug, async (ctx) => deleteView(ctx, z.uuid().parse(id)));
}
