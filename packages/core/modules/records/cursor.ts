import { AppError } from "../../platform/errors";

// Keyset cursors: the last row's sort value and id, opaque to clients.
export type Cursor = { v: string | number | boolean | null; id: string };

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString("base64url");

export function decodeCursor(raw: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      parsed &&
      typeof parsed === "object" &&
      "id" in parsed &&
      typeof parsed.id === "string" &&
      "v" in parsed
    ) {
      const v = parsed.v;
      if (v === null || ["string", "number", "boolean"].includes(typeof v))
        return { v: v as Cursor["v"], id: parsed.id };
    }
  } catch {
    // fall through
  }
  throw new AppError("unprocessable", "Invalid cursor", { fieldErrors: { cursor: ["Invalid cursor"] } });
}
