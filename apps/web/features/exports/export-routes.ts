import "server-only";
import { getContactVCard } from "@crm/core/modules/exports/get-contact-vcard";
import { streamListExport } from "@crm/core/modules/exports/stream-list-export";
import { streamOrgExport } from "@crm/core/modules/exports/stream-org-export";
import { getMembership } from "@crm/core/modules/orgs/get-membership";
import type { ExportObject } from "@crm/core/modules/records/record-type-info";
import type { Ctx } from "@crm/core/platform/context";
import { AppError } from "@crm/core/platform/errors";
import { withApi } from "@/lib/api/with-api";

// Route handlers for downloads: list exports, the organization ZIP and a contact's vCard.

/** Headers of a file download; the name is ASCII-safe with a UTF-8 variant. */
function downloadHeaders(contentType: string, filename: string): HeadersInit {
  const ascii = filename.replace(/[^\x20-\x7e]|"/g, "_");
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
}

/**
 * The org a download is for. The app's pages link with `?org=<slug>` because a session's active
 * org may be another tab's; the caller must be a member there (404 otherwise). An API key is bound
 * to its org and ignores the parameter.
 */
async function contextForRequest(ctx: Ctx, url: URL): Promise<Ctx> {
  const slug = url.searchParams.get("org");
  if (!slug || ctx.apiKeyId || !ctx.userId) return ctx;
  const membership = await getMembership(ctx.userId, { slug });
  if (!membership) throw new AppError("not_found", "Organization not found");
  return { orgId: membership.org.id, userId: ctx.userId, role: membership.role };
}

/** GET /api/v1/<object>/export – the list as the query describes it, as CSV or XLSX. */
export function listExportRoute(object: ExportObject) {
  return withApi(async (request, { ctx }) => {
    const url = new URL(request.url);
    const scoped = await contextForRequest(ctx, url);
    const download = await streamListExport(scoped, object, Object.fromEntries(url.searchParams));
    return new Response(download.body, { headers: downloadHeaders(download.contentType, download.filename) });
  });
}

export const orgExportRoute = () =>
  withApi(async (request, { ctx }) => {
    const scoped = await contextForRequest(ctx, new URL(request.url));
    const download = await streamOrgExport(scoped);
    return new Response(download.body, { headers: downloadHeaders("application/zip", download.filename) });
  });

export const vCardRoute = () =>
  withApi<{ id: string }>(async (request, { ctx, params }) => {
    const scoped = await contextForRequest(ctx, new URL(request.url));
    const { vcard, filename } = await getContactVCard(scoped, params.id);
    return new Response(vcard, { headers: downloadHeaders("text/vcard; charset=utf-8", filename) });
  });
