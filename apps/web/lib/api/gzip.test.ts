import { createGunzip, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipDownload, gzipJson } from "./gzip";

const big = { data: Array.from({ length: 100 }, (_, i) => ({ id: i, name: `Contact ${i}` })) };
const request = (acceptEncoding?: string) =>
  new Request("http://localhost/api/v1/contacts", {
    headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
  });

describe("acceptsGzip", () => {
  it("reads the codings a client accepts", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("deflate, br")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe("gzipJson", () => {
  it("gzips a JSON answer the client accepts gzip for, keeping status and headers", async () => {
    const original = Response.json(big, { status: 201, headers: { "x-request-id": "r1" } });
    const res = await gzipJson(request("gzip, deflate"), original);
    expect(res.status).toBe(201);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(res.headers.get("x-request-id")).toBe("r1");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(JSON.parse(gunzipSync(bytes).toString("utf8"))).toEqual(big);
    expect(bytes.byteLength).toBeLessThan(JSON.stringify(big).length / 2);
  });

  it("leaves the answer uncompressed without Accept-Encoding, when small, or when not JSON", async () => {
    const plain = await gzipJson(request(), Response.json(big));
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.json()).toEqual(big);

    const small = await gzipJson(request("gzip"), Response.json({ ok: true }));
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.json()).toEqual({ ok: true });

    const csv = new Response("a,b\r\n".repeat(1000), { headers: { "content-type": "text/csv" } });
    expect(await gzipJson(request("gzip"), csv)).toBe(csv);
    const empty = new Response(null, { status: 204 });
    expect(await gzipJson(request("gzip"), empty)).toBe(empty);
  });

  it("gzips problem+json errors too", async () => {
    const problem = new Response(JSON.stringify({ title: "x".repeat(2000) }), {
      status: 422,
      headers: { "content-type": "application/problem+json" },
    });
    const res = await gzipJson(request("gzip"), problem);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });
});

describe("gzipDownload", () => {
  const chunks = ["id,name\r\n", "1,Ada\r\n".repeat(500), "2,Bob\r\n".repeat(500)];
  const source = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });

  it("streams a gzip body the client can read back whole, one flushed part per source chunk", async () => {
    const res = gzipDownload(request("gzip"), source(), new Headers({ "content-type": "text/csv" }));
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const parts: Uint8Array[] = [];
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
    expect(parts.length).toBeGreaterThanOrEqual(chunks.length);
    // The first part alone already decodes to the first chunk: nothing waits for the whole file.
    const first = createGunzip();
    const decoded = new Promise<string>((resolve) =>
      first.once("data", (d: Buffer) => resolve(d.toString())),
    );
    first.write(parts[0]);
    expect(await decoded).toBe(chunks[0]);
    expect(gunzipSync(Buffer.concat(parts)).toString("utf8")).toBe(chunks.join(""));
  });

  it("sends the body as it is without Accept-Encoding gzip", async () => {
    const res = gzipDownload(request("br"), source(), new Headers({ "content-type": "text/csv" }));
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe(chunks.join(""));
  });
});
