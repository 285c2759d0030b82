// GET /api/v1/imports/{id}/errors.csv – the refused rows with their row number and reason, to fix and import again
import { importErrorsCsv } from "@crm/core/modules/imports/import-errors-csv";
import { withApi } from "@/lib/api/with-api";

export const GET = withApi<{ id: string }>(async (_request, { ctx, params }) => {
  const { fileName, lines } = await importErrorsCsv(ctx, params.id);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
    },
  });
});
