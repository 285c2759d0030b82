import { AppError } from "@crm/core/platform/errors";
import { describe, expect, it } from "vitest";
import { assertDeclaredBodySize, MAX_JSON_BODY_BYTES, readJson, withCappedBody } from "./read-json-body";

// Regressions (issue 13): `readJson` called request.json() with no limit, so any key could POST a
// multi-gigabyte body that was buffered whole (better-auth's endpoints too, before sign-in); and a
// lone UTF-16 surrogate in a JSON string passed the U+0000 check and failed in PostgreSQL as
// "invalid input syntax for type json" (a 500).

const URL_ = "http://localhost:3000/api/v1/companies";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request(URL_, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

/** A body sent in chunks with no Content-Length; counts how much of it was pulled. */
function chunked(chunks: number, chunkBytes: number) {
  const state = { pulled: 0 };
  const chunk = new TextEncoder().encode(" ".repeat(chunkBytes));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) controller.close();
      else {
        state.pulled++;
        controller.enqueue(chunk);
      }
    },
  });
  return { stream, state };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readJson", () => {
  it("reads a JSON body", async () => {
    await expect(readJson(post(JSON.stringify({ name: "Acme" })))).resolves.toEqual({ name: "Acme" });
    await expect(readJson(post(""), { empty: {} })).resolves.toEqual({});
    await expect(readJson(post(null), { empty: {} })).resolves.toEqual({});
    expect((await errorOf(readJson(post("")))).status).toBe(400);
    expect((await errorOf(readJson(post("{")))).status).toBe(400);
  });

  it("refuses a declared Content-Length over the cap before reading the body: 413", async () => {
    const { stream, state } = chunked(100, 1024);
    const error = await errorOf(readJson(post(stream, { "content-length": String(50 * 1024 * 1024) })));
    expect(error.status).toBe(413);
    expect(error.fieldErrors).toHaveProperty("body");
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body at the cap: 413", async () => {
    const { stream, state } = chunked(64 * 1024, 64 * 1024); // 4 GB if read to the end
    expect((await errorOf(readJson(post(stream)))).status).toBe(413);
    expect(state.pulled * 64 * 1024).toBeLessThan(MAX_JSON_BODY_BYTES + 256 * 1024);
  });

  it("takes a body just under the cap", async () => {
    const body = JSON.stringify({ name: "x".repeat(MAX_JSON_BODY_BYTES - 100) });
    await expect(readJson(post(body))).resolves.toHaveProperty("name");
  });

  it("refuses a lone surrogate in any string or key, naming the field: 422", async () => {
    const error = await errorOf(readJson(post('{"name":"Acme","address":{"street":"x\\ud800y"}}')));
    expect(error.status).toBe(422);
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["address.street"]);
    const key = await errorOf(readJson(post('{"custom":{"k\\udc00":"v"},"phones":[{"label":"\\ud83d"}]}')));
    expect(Object.keys(key.fieldErrors ?? {})).toEqual(["custom.k\\udc00", "phones.0.label"]);
    // A surrogate pair is one character.
    await expect(readJson(post('{"name":"\\ud83d\\ude00"}'))).resolves.toEqual({ name: "😀" });
  });
});

describe("assertDeclaredBodySize (every /api/v1 route, before its handler)", () => {
  it("refuses a declared length over the cap, except multipart uploads (their own limit)", () => {
    const big = String(MAX_JSON_BODY_BYTES + 1);
    expect(() => assertDeclaredBodySize(post("{}", { "content-length": big }))).toThrow(AppError);
    expect(() =>
      assertDeclaredBodySize(
        post("{}", { "content-length": big, "content-type": "multipart/form-data; boundary=x" }),
      ),
    ).not.toThrow();
    expect(() => assertDeclaredBodySize(post("{}", { "content-length": "2" }))).not.toThrow();
  });
});

describe("withCappedBody (in front of better-auth)", () => {
  it("passes the body on in a new Request", async () => {
    const body = JSON.stringify({ email: "a@b.test", password: "secret123" });
    const capped = await withCappedBody(post(body));
    expect(capped.method).toBe("POST");
    expect(capped.url).toBe(URL_);
    expect(capped.headers.get("content-type")).toBe("application/json");
    expect(await capped.json()).toEqual(JSON.parse(body));
    const get = new Request(URL_);
    expect(await withCappedBody(get)).toBe(get);
  });

  it("refuses an oversized body, declared or chunked: 413", async () => {
    const declared = post("{}", { "content-length": String(MAX_JSON_BODY_BYTES + 1) });
    expect((await errorOf(withCappedBody(declared))).status).toBe(413);
    const { stream, state } = chunked(64 * 1024, 64 * 1024);
    expect((await errorOf(withCappedBody(post(stream)))).status).toBe(413);
    expect(state.pulled * 64 * 1024).toBeLessThan(MAX_JSON_BODY_BYTES + 256 * 1024);
  });
});
