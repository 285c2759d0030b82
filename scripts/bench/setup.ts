import { randomBytes } from "node:crypto";
import { createApiKey } from "@crm/core/modules/api-keys/create-api-key";
import { createOrgWithAdmin } from "@crm/core/modules/orgs/create-org-with-admin";
import { encodeCursor } from "@crm/core/modules/records/cursor";
import { seedOrg } from "@crm/core/modules/seed/seed-org";
import type { Ctx } from "@crm/core/platform/context";
import type { BenchDatabase } from "./database";

// The benchmark's org: created and seeded through the core services, then the sample records the
// operations use (a deep cursor, a contact with a timeline, search terms, deals to move).

export const SCALES = {
  "1k": { contacts: 1_000, companies: 100, deals: 200, activities: 2_000 },
  "100k": { contacts: 100_000, companies: 10_000, deals: 20_000, activities: 200_000 },
  "1m": { contacts: 1_000_000, companies: 100_000, deals: 200_000, activities: 2_000_000 },
} as const;
export type Scale = keyof typeof SCALES;

export type Fixture = {
  orgId: string;
  slug: string;
  ctx: Ctx;
  adminEmail: string;
  password: string;
  apiKey: string;
  ownerId: string;
  deepCursor: string;
  contactId: string;
  email: string;
  misspeltName: string;
  companyWord: string;
  pipelineId: string;
  openStageIds: string[];
  dealIds: string[];
  exportSince: string;
  /** The newest seeded update: contacts the benchmark itself creates later stay out of the export. */
  exportUntil: string;
  exportRows: number;
};

const one = async (bench: BenchDatabase, text: string, values: unknown[]) => {
  const { rows } = await bench.handle.executeSql(text, values);
  const row = rows[0];
  if (!row) throw new Error(`no row for: ${text}`);
  return row;
};

/** "Schneider" → "Schnieder": two inner letters swapped, the kind of typo search must forgive. */
export function misspell(word: string): string {
  if (word.length < 4) return `${word}${word.slice(-1)}`;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

export async function createFixture(
  bench: BenchDatabase,
  scale: Scale,
  log: (line: string) => void,
): Promise<Fixture> {
  const adminEmail = `bench-${randomBytes(3).toString("hex")}@bench.example.com`;
  const password = randomBytes(12).toString("base64url");
  const { orgId, userId, slug } = await createOrgWithAdmin({
    orgName: `Bench ${scale}`,
    name: "Bench Admin",
    email: adminEmail,
    password,
  });
  const sizes = SCALES[scale];
  let lastLine = 0;
  const seeded = await seedOrg({ orgId, ...sizes, seed: 1 }, (p) => {
    if (p.done === p.total || Date.now() - lastLine > 5000) {
      lastLine = Date.now();
      log(`  seed ${p.table} ${p.done}/${p.total} (${(p.elapsedMs / 1000).toFixed(0)} s)`);
    }
  });
  log(`  seeded in ${seeded.seconds} s`);
  return loadFixture(bench, { orgId, userId, slug, adminEmail, password, total: sizes.contacts });
}

export async function loadFixture(
  bench: BenchDatabase,
  org: { orgId: string; userId: string; slug: string; adminEmail: string; password: string; total: number },
): Promise<Fixture> {
  const ctx: Ctx = { orgId: org.orgId, userId: org.userId, role: "admin" };
  const key = await createApiKey(ctx, { name: "bench", role: "admin" });
  const { orgId } = org;
  const owner = await one(
    bench,
    "select owner_id from contacts where org_id = $1 and owner_id <> $2 group by owner_id order by count(*) desc limit 1",
    [orgId, org.userId],
  );
  const deep = await one(
    bench,
    "select updated_at, id from contacts where org_id = $1 and deleted_at is null order by updated_at desc, id desc offset $2 limit 1",
    [orgId, Math.floor(org.total / 2)],
  );
  const contact = await one(
    bench,
    `select c.id, c.email, c.last_name from contacts c
      where c.org_id = $1 and c.company_id is not null and length(c.last_name) >= 6
        and exists (select 1 from activities a where a.org_id = $1 and a.contact_id = c.id)
      order by c.id limit 1`,
    [orgId],
  );
  const company = await one(
    bench,
    "select split_part(name, ' ', 1) as word from companies where org_id = $1 and length(split_part(name, ' ', 1)) >= 6 order by id limit 1",
    [orgId],
  );
  const pipeline = await one(bench, "select id from pipelines where org_id = $1 and is_default", [orgId]);
  const { rows: stageRows } = await bench.handle.executeSql(
    "select id from stages where pipeline_id = $1 and kind = 'open' order by position",
    [pipeline.id],
  );
  const { rows: dealRows } = await bench.handle.executeSql(
    "select id from deals where org_id = $1 and outcome is null order by id limit 500",
    [orgId],
  );
  const exportRows = Math.min(10_000, org.total);
  const since = await one(
    bench,
    "select updated_at from contacts where org_id = $1 and deleted_at is null order by updated_at desc offset $2 limit 1",
    [orgId, exportRows - 1],
  );
  const until = await one(bench, "select max(updated_at) as updated_at from contacts where org_id = $1", [
    orgId,
  ]);
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
  return {
    orgId,
    slug: org.slug,
    ctx: { ...ctx, apiKeyId: key.id },
    adminEmail: org.adminEmail,
    password: org.password,
    apiKey: key.key,
    ownerId: String(owner.owner_id),
    deepCursor: encodeCursor({ v: iso(deep.updated_at), id: String(deep.id) }),
    contactId: String(contact.id),
    email: String(contact.email),
    misspeltName: misspell(String(contact.last_name)),
    companyWord: String(company.word),
    pipelineId: String(pipeline.id),
    openStageIds: stageRows.map((r) => String(r.id)),
    dealIds: dealRows.map((r) => String(r.id)),
    exportSince: iso(since.updated_at),
    exportUntil: iso(until.updated_at),
    exportRows,
  };
}
