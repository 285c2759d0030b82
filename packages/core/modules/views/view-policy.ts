import type { Ctx } from "../../platform/context";
import { assertCan } from "../../platform/permissions";

/**
 * Who may write a saved view. A private view is its owner's own preference, so reading records is
 * enough; a shared view changes what the whole org sees, so publishing, changing or deleting one is
 * a write like a record's (readonly may not). A key acts for its creator only within its own role:
 * a readonly key writes no view at all, private ones included.
 */
export function assertCanWriteView(ctx: Ctx, shared: boolean): void {
  assertCan(ctx, shared || ctx.apiKeyId ? "records:write" : "records:read");
}
