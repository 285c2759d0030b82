import { z } from "zod";
import { AppError } from "../../platform/errors";
import { isStorableText, isStorableTimestamp } from "../../platform/validation";

// Keyset cursors: the last row's sort value and id, opaque to clients.
export type Cursor = { v: string | number | boolean | null; id: string };

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify(cursor)).toString("base64url");

const uuid = z.uuid();

/**
 * The cursor the client sent back. It is opaque but still input: its id must be a UUID and its
 * value what the sort column holds (`isValue`), or the comparison would fail in PostgreSQL.
 */
export function decodeCursor(raw: string, isValue: (v: Cursor["v"]) => boolean = () => true): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      parsed &&
      typeof parsed === "object" &&
      "id" in parsed &&
      typeof parsed.id === "string" &&
      uuid.safeParse(parsed.id).success &&
      "v" in parsed
    ) {
      const v = parsed.v;
      const scalar = v === null || ["string", "number", "boolean"].includes(typeof v);
      if (scalar && !(typeof v === "string" && !isStorableText(v)) && isValue(v as Cursor["v"]))
        return { v: v as Cursor["v"], id: parsed.id };
    }
  } catch {
    // fall through
  }
  throw new AppError("unprocessable", "Invalid cursor", { fieldErrors: { cursor: ["Invalid cursor"] } });
}

/** For cursors over a timestamp column. */
export const isTimestampCursor = (v: Cursor["v"]): boolean => typeof v === "string" && isStorableTimestamp(v);
