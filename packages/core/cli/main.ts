import { parseArgs } from "node:util";
import { z } from "zod";
import { type DatabaseHandle, openConfiguredDatabase, setDatabaseHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { createCliApiKey } from "../modules/api-keys/create-cli-api-key";
import { backupDatabase } from "../modules/backup/backup";
import { restoreDatabase } from "../modules/backup/restore";
import { importEcbRates } from "../modules/exchange-rates/import-ecb-rates";
import { importEcbRatesSchema } from "../modules/exchange-rates/schemas";
import { createOrgWithAdmin } from "../modules/orgs/create-org-with-admin";
import { listAllOrgs } from "../modules/orgs/list-all-orgs";
import { roleSchema } from "../modules/orgs/schemas";
import { createDemoOrg } from "../modules/seed/demo-data";
import { type SeedProgress, seedOrg } from "../modules/seed/seed-org";
import { SEED_LANGUAGES } from "../modules/seed/text-templates";
import { resetUserPassword } from "../modules/users/reset-user-password";
import { isAppError } from "../platform/errors";

// `npm run crm -- <command>`: prints JSON on stdout, errors on stderr with a non-zero exit code.

const USAGE = `Usage: crm <command> [options]
  org:create --name NAME --email EMAIL --password PASSWORD [--user-name NAME]
  org:list      (every organization's id, slug and name: the ORG_ID the other commands take)
  apikey:create --org ORG_ID --role admin|manager|rep|readonly --name NAME [--user EMAIL]
      (without --user the key acts on its own; a rep key needs the member it acts for)
  user:reset-password --email EMAIL --password PASSWORD
  db:migrate
  backup --out FILE
  restore --in FILE
  seed --org ORG_ID --contacts N --companies N --deals N --activities N [--tasks N] [--leads N]
       [--seed S] [--language en|de]
  demo [--email EMAIL] [--password PASSWORD] [--language en|de]
  rates:import-ecb --org ORG_ID [--url URL]   (the ECB's daily reference rates; needs internet)`;

type Command = (args: Record<string, string | undefined>, handle: DatabaseHandle) => Promise<unknown>;

const required = (args: Record<string, string | undefined>, name: string): string => {
  const value = args[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
};

class UsageError extends Error {}

const language = (args: Record<string, string | undefined>) =>
  args.language === undefined ? undefined : z.enum(SEED_LANGUAGES).parse(args.language);

const count = (args: Record<string, string | undefined>, name: string, fallback?: number): number => {
  const raw = args[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = Number(required(args, name).replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} must be a whole number`);
  return value;
};

/** Seeding progress on stderr (stdout stays one JSON line). */
const progress = (p: SeedProgress) =>
  process.stderr.write(
    `${p.table.padEnd(10)} ${String(p.done).padStart(9)} / ${p.total}  ${(p.elapsedMs / 1000).toFixed(1)}s\n`,
  );

const commands: Record<string, Command> = {
  "org:create": async (args) => {
    const { orgId, userId } = await createOrgWithAdmin({
      orgName: required(args, "name"),
      name: args["user-name"] ?? required(args, "email").split("@")[0] ?? "Admin",
      email: required(args, "email"),
      password: required(args, "password"),
    });
    return { orgId, userId };
  },
  "org:list": async () => listAllOrgs(),
  "apikey:create": async (args) => {
    const created = await createCliApiKey({
      orgId: required(args, "org"),
      role: roleSchema.parse(required(args, "role")),
      name: required(args, "name"),
      userEmail: args.user,
    });
    return { key: created.key, id: created.id, role: created.role };
  },
  // While no mail transport is configured, reset links reach only the server log: this is the way back in.
  "user:reset-password": async (args) =>
    resetUserPassword({ email: required(args, "email"), password: required(args, "password") }),
  "db:migrate": async () => ({ migrated: true }),
  backup: async (args, handle) => backupDatabase(handle, required(args, "out")),
  restore: async (args, handle) => restoreDatabase(handle, required(args, "in")),
  seed: async (args) =>
    seedOrg(
      {
        orgId: z.uuid().parse(required(args, "org")),
        contacts: count(args, "contacts"),
        companies: count(args, "companies"),
        deals: count(args, "deals"),
        activities: count(args, "activities"),
        tasks: args.tasks === undefined ? undefined : count(args, "tasks"),
        // Default: a twentieth of the contacts.
        leads: count(args, "leads", Math.floor(count(args, "contacts") / 20)),
        seed: count(args, "seed", 1),
        language: language(args),
      },
      progress,
    ),
  demo: async (args) =>
    createDemoOrg({ email: args.email, password: args.password, language: language(args) }, progress),
  "rates:import-ecb": async (args) =>
    importEcbRates(
      { orgId: z.uuid().parse(required(args, "org")), userId: null, role: "admin" },
      importEcbRatesSchema.parse({ url: args.url }),
    ),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name ? 2 : 0;
  }
  const { values } = parseArgs({
    args: rest,
    strict: true,
    options: {
      name: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      "user-name": { type: "string" },
      org: { type: "string" },
      role: { type: "string" },
      user: { type: "string" },
      out: { type: "string" },
      in: { type: "string" },
      contacts: { type: "string" },
      companies: { type: "string" },
      deals: { type: "string" },
      activities: { type: "string" },
      tasks: { type: "string" },
      seed: { type: "string" },
      leads: { type: "string" },
      language: { type: "string" },
      url: { type: "string" },
    },
  });
  const handle = await openConfiguredDatabase();
  setDatabaseHandle(handle);
  try {
    if (name !== "restore") await runMigrations(handle);
    const result = await command(values, handle);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
    else if (error instanceof z.ZodError) process.stderr.write(`Invalid input:\n${z.prettifyError(error)}\n`);
    else if (isAppError(error)) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
