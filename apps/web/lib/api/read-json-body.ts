// Pure (no "server-only"): unit-tested with plain Requests.
import { AppError } from "@crm/core/platform/errors";
import { checkJsonBody } from "./check-input";

/**
 * The largest JSON body the API and the better-auth endpoints read. Their bodies are records, views
 * and custom fields of a few kilobytes; uploads go through the import route's own 100 MB limit.
 * Without a cap `request.json()` buffered whatever any key sent, gigabytes included.
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError("payload_too_large", `The request body is larger than ${maxBytes / 1024 / 1024} MB`, {
    fieldErrors: { body: [`At most ${maxBytes} bytes`] },
  });

/**
 * Refuses a declared Content-Length over the cap on any /api/v1 route, read or not, so every write
 * answers an oversized body alike (413). Multipart bodies are the upload route's, with its own limit.
 */
export function assertDeclaredBodySize(request: Request, maxBytes = MAX_JSON_BODY_BYTES): void {
  if (request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
}

/**
 * The body's bytes, at most `maxBytes`: a declared Content-Length past the cap is refused before a
 * byte is read, and a body without one (chunked) is counted while it is read and the read stops at
 * the cap (413; the answer closes the connection, so the rest is never received).
 */
export async function readCappedBody(
  request: Request,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The JSON body of an API request, read with the size cap and refused when a string or key holds
 * text PostgreSQL cannot store. `empty`: what an empty body stands for on routes whose body is
 * optional (otherwise an empty body is not JSON).
 */
export async function readJson(request: Request, options: { empty?: unknown } = {}): Promise<unknown> {
  const text = new TextDecoder().decode(await readCappedBody(request));
  if (options.empty !== undefined && text.trim() === "") return options.empty;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body must be JSON");
  }
  return checkJsonBody(body);
}

/**
 * The request with its body read under the cap into memory, for handlers that read it themselves
 * (better-auth reads JSON bodies before it knows who is asking). Bodiless methods pass unchanged.
 */
export async function withCappedBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return request;
  const body = await readCappedBody(request, maxBytes);
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(body.byteLength));
  return new Request(request.url, { method: request.method, headers, body, signal: request.signal });
}
