import { and, asc, eq, gt } from "drizzle-orm";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";
import { findImportOrThrow } from "./get-import";
import { importErrors } from "./tables";

const PAGE = 1000;

/** A CSV field, quoted when it holds a delimiter, quote or line break; a formula prefix is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows an import refused, as CSV to fix and import again: the file's own columns, then "Row"
 * and "Error". Streamed page by page (keyset on the row number), never the whole list in memory.
 */
export async function importErrorsCsv(
  ctx: Ctx,
  id: string,
): Promise<{ fileName: string; lines: AsyncGenerator<string> }> {
  assertCan(ctx, "records:read");
  const imp = await withOrg(ctx, (tx) => findImportOrThrow(tx, ctx, id));
  const headers = imp.headers;
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${[...headers, "Row", "Error"].map(csvField).join(",")}\r\n`;
    let after = 0;
    for (;;) {
      const page = await withOrg(ctx, (tx) =>
        tx
          .select({ row: importErrors.row, message: importErrors.message, raw: importErrors.raw })
          .from(importErrors)
          .where(
            and(
              eq(importErrors.orgId, ctx.orgId),
              eq(importErrors.importId, id),
              gt(importErrors.row, after),
            ),
          )
          .orderBy(asc(importErrors.row))
          .limit(PAGE),
      );
      for (const e of page) {
        yield `${[...headers.map((h) => (Object.hasOwn(e.raw, h) ? (e.raw[h] ?? "") : "")), String(e.row), e.message].map(csvField).join(",")}\r\n`;
      }
      const last = page[page.length - 1];
      if (!last || page.length < PAGE) return;
      after = last.row;
    }
  }
  const base = imp.fileName.replace(/\.[^.]+$/, "");
  return { fileName: `${base}-errors.csv`, lines: lines() };
}
