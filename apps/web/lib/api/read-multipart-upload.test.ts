import { AppError } from "@crm/core/platform/errors";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { readMultipartUpload } = await import("./read-multipart-upload");

// Regression (API sweep): a multipart body that ends inside a part that is not the file made busboy
// fail that part's stream with "Unexpected end of form", which nothing listened to: an uncaught
// exception in the server instead of a 400.
describe("readMultipartUpload", () => {
  it("answers a body cut off inside a part with a 400 naming the body", async () => {
    const boundary = "----crm-test-boundary";
    const cutOff = `--${boundary}\r\nContent-Disposition: form-data; name="other"; filename="x.bin"\r\nContent-Type: application/octet-stream\r\n\r\nnever finished`;
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    try {
      const request = new Request("http://localhost:3000/api/v1/imports", {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body: cutOff,
      });
      const error = await readMultipartUpload(request, 1024 * 1024).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).fieldErrors).toHaveProperty("body");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", onUncaught);
    }
  });
});
