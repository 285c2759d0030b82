import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { isAppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import { validateCustomValues } from "../custom-fields/custom-values";
import { stageTransition } from "../deals/stage-transition";
import { RECORD_TABLES } from "../records/record-tables";
import { dedupeTags } from "../records/schemas";
import type { BuiltRow } from "./build-record";
import { bulkInsert } from "./bulk-insert";
import { duplicateKeys, findDuplicates } from "./find-duplicates";
import { resolveCompanyNames, resolveContactEmails } from "./link-references";
import { insertRecords, type RecordValues, updateRecord } from "./record-tables";
import { matchOwner, type RunState, resolveStage, UNKNOWN_OWNER, unknownOwnerMessage } from "./run-state";
import { importChanges, importErrors } from "./tables";

export type BatchCounts = {
  imported: number;
  updated: number;
  skipped: number;
  errored: number;
  /** Of the rows imported or updated, those whose owner matched no member. */
  unknownOwners: number;
};
type Valid = Extract<BuiltRow, { ok: true }>;
type Pending = { kind: "create"; values: RecordValues } | { kind: "update"; id: string; patch: RecordValues };

/**
 * Writes one batch of rows in the caller's transaction: new records in one multi-row insert,
 * duplicates skipped, updated (with the row before the change kept for a rollback) or created
 * anyway, invalid rows logged with their row number. One audit entry covers the batch.
 */
export async function writeBatch(tx: Tx, state: RunState, rows: BuiltRow[]): Promise<BatchCounts> {
  const { ctx, imp } = state;
  const object = imp.object;
  const errors: { row: number; message: string; raw: Record<string, string> }[] = [];
  const counts: BatchCounts = { imported: 0, updated: 0, skipped: 0, errored: 0, unknownOwners: 0 };
  const valid = rows.filter((r): r is Valid => {
    if (!r.ok) errors.push({ row: r.row, message: r.message, raw: r.raw });
    return r.ok;
  });

  const companyIds =
    object === "contacts" || object === "deals"
      ? await resolveCompanyNames(
          tx,
          state,
          valid.map((r) => r.refs.companyName ?? ""),
        )
      : new Map<string, string>();
  const contactIds =
    object === "deals"
      ? await resolveContactEmails(
          tx,
          state,
          valid.map((r) => r.refs.contactEmail ?? ""),
        )
      : new Map<string, string>();
  const existing = await findDuplicates(
    tx,
    ctx,
    object,
    valid.flatMap((r) => duplicateKeys(object, r.data)),
  );

  const pending: Pending[] = [];
  const pendingByKey = new Map<string, Pending>();
  for (const r of valid) {
    const owner = matchOwner(state.owners, ctx, r.refs.owner);
    if (owner === UNKNOWN_OWNER && imp.unknownOwner === "skip") {
      errors.push({ row: r.row, message: unknownOwnerMessage(r.refs.owner), raw: r.raw });
      continue;
    }
    const values: RecordValues = { ...r.data };
    if (Array.isArray(values.tags)) values.tags = spellTags(state, values.tags as string[]);
    if (r.refs.companyName) values.companyId = companyIds.get(r.refs.companyName.trim().toLowerCase());
    if (r.refs.contactEmail) values.primaryContactId = contactIds.get(r.refs.contactEmail) ?? null;
    if (object === "deals") {
      const stage = resolveStage(state, r.refs.stage, r.refs.pipeline);
      if (stage === "unknown" || !stage) {
        errors.push({
          row: r.row,
          message: `stage: Not found: "${r.refs.stage ?? r.refs.pipeline}"`,
          raw: r.raw,
        });
        continue;
      }
      const transition = stageTransition(
        { outcome: null, actualCloseDate: null, lostReason: null },
        stage,
        state.today,
      );
      Object.assign(values, transition, {
        probability: r.data.probability ?? transition.probability,
        currency: r.data.currency ?? state.build.defaultCurrency,
      });
    }
    const keys = duplicateKeys(object, r.data);
    const inBatch = keys.map((k) => pendingByKey.get(k)).find(Boolean);
    const existingId = keys.map((k) => existing.get(k)).find(Boolean);
    const duplicate =
      inBatch ?? (existingId ? ({ kind: "update", id: existingId, patch: {} } as Pending) : undefined);
    if (duplicate && imp.onDuplicate === "skip") {
      counts.skipped += 1;
      continue;
    }
    if (duplicate && imp.onDuplicate === "update") {
      if (duplicate.kind === "create") Object.assign(duplicate.values, values);
      else {
        if (!inBatch) pending.push(duplicate);
        Object.assign(duplicate.patch, patchFrom(values, owner));
      }
      counts.updated += 1;
      if (owner === UNKNOWN_OWNER) counts.unknownOwners += 1;
      for (const k of keys) pendingByKey.set(k, duplicate);
      continue;
    }
    try {
      values.custom = validateCustomValues(state.defs, r.data.custom as Record<string, unknown> | undefined, {
        creating: true,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      const [field, messages] = Object.entries(error.fieldErrors ?? {})[0] ?? ["custom", [error.message]];
      errors.push({ row: r.row, message: `${field}: ${messages[0]}`, raw: r.raw });
      continue;
    }
    const created: Pending = {
      kind: "create",
      values: {
        ...values,
        id: newId(),
        orgId: ctx.orgId,
        // An owner that matches no member: the importer, as the import was told (and the preview showed);
        // nobody when the importer is a key with no user. Counted either way, so the result says so.
        ownerId: owner && owner !== UNKNOWN_OWNER ? owner : ctx.userId,
        createdBy: ctx.userId,
      },
    };
    pending.push(created);
    counts.imported += 1;
    if (owner === UNKNOWN_OWNER) counts.unknownOwners += 1;
    for (const k of keys) pendingByKey.set(k, created);
  }

  await applyUpdates(
    tx,
    state,
    pending.filter((p) => p.kind === "update"),
  );
  const creates = pending.flatMap((p) => (p.kind === "create" ? [p.values] : []));
  await insertRecords(tx, object, creates);
  const createdChanges = creates.map((v) => ({
    id: newId(),
    orgId: ctx.orgId,
    importId: imp.id,
    object,
    recordId: v.id as string,
    kind: "created" as const,
  }));
  await bulkInsert(tx, importChanges, createdChanges);
  await bulkInsert(
    tx,
    importErrors,
    errors.map((e) => ({ ...e, id: newId(), orgId: ctx.orgId, importId: imp.id })),
  );
  counts.errored = errors.length;
  const first = rows[0]?.row;
  const last = rows[rows.length - 1]?.row;
  await recordAudit(tx, ctx, {
    action: "import.batch",
    entityType: "import",
    entityId: imp.id,
    after: { object, rows: [first, last], ...counts },
  });
  return counts;
}

/** Only the fields the row has; tags added to the existing ones; custom values merged later. */
function patchFrom(values: RecordValues, owner: string | null): RecordValues {
  const patch: RecordValues = { ...values };
  // An owner that matches no member leaves the record's owner as it is.
  if (owner && owner !== UNKNOWN_OWNER) patch.ownerId = owner;
  return patch;
}

/** Each tag in the spelling first seen in this import ("Hot lead" in row 2 makes row 9's "hot lead" the same). */
function spellTags(state: RunState, tags: string[]): string[] {
  return dedupeTags(
    tags.map((tag) => {
      const key = tag.toLowerCase();
      const known = state.tagSpellings.get(key);
      if (known) return known;
      state.tagSpellings.set(key, tag);
      return tag;
    }),
  );
}

/** Snapshots the records (to_jsonb of the whole row) into import_changes, then updates them. */
async function applyUpdates(tx: Tx, state: RunState, updates: Pending[]): Promise<void> {
  const list = updates.flatMap((u) => (u.kind === "update" ? [u] : []));
  if (list.length === 0) return;
  const { ctx, imp } = state;
  const table = RECORD_TABLES[imp.object];
  const before = await tx
    .select({ id: table.id, row: sql<Record<string, unknown>>`to_jsonb(${table})` })
    .from(table)
    .where(
      and(
        eq(table.orgId, ctx.orgId),
        inArray(
          table.id,
          list.map((u) => u.id),
        ),
      ),
    );
  const snapshots = new Map(before.map((b) => [b.id, b.row]));
  await tx.insert(importChanges).values(
    list.map((u) => ({
      id: newId(),
      orgId: ctx.orgId,
      importId: imp.id,
      object: imp.object,
      recordId: u.id,
      kind: "updated" as const,
      before: snapshots.get(u.id) ?? null,
    })),
  );
  for (const u of list) {
    const old = snapshots.get(u.id) ?? {};
    const patch: RecordValues = { ...u.patch, updatedAt: new Date() };
    if (Array.isArray(patch.tags))
      patch.tags = dedupeTags([...((old.tags as string[]) ?? []), ...(patch.tags as string[])]);
    patch.custom = {
      ...((old.custom as Record<string, unknown>) ?? {}),
      ...((patch.custom as Record<string, unknown>) ?? {}),
    };
    await updateRecord(tx, imp.object, ctx.orgId, u.id, patch);
  }
}
