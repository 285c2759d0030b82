// GET /api/v1/shares?object=&recordId= – who a record is shared with
// POST/DELETE /api/v1/shares – share a record with a member, or take the share back: {"object","recordId","userId"}

import { listRecordShares } from "@crm/core/modules/records/list-record-shares";
import { shareInputSchema } from "@crm/core/modules/records/schemas";
import { shareRecord } from "@crm/core/modules/records/share-record";
import { unshareRecord } from "@crm/core/modules/records/unshare-record";
import { readJson } from "@/lib/api/record-routes";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi(async (request, { ctx }) => {
  const params = new URL(request.url).searchParams;
  const { object, recordId } = shareInputSchema
    .pick({ object: true, recordId: true })
    .parse({ object: params.get("object"), recordId: params.get("recordId") });
  return Response.json({ data: await listRecordShares(ctx, object, recordId) });
});

export const POST = withApi(async (request, { ctx }) => {
  const share = shareInputSchema.parse(await readJson(request));
  await shareRecord(ctx, share.object, share.recordId, share.userId);
  return Response.json({ data: share }, { status: 201 });
});

export const DELETE = withApi(async (request, { ctx }) => {
  const share = shareInputSchema.parse(await readJson(request));
  await unshareRecord(ctx, share.object, share.recordId, share.userId);
  return new Response(null, { status: 204 });
});
