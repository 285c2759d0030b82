import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeKeyBytes } from "./crypto/secret-box";

// The one place that reads process.env. Everything else imports `env`.

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && readFileSync(pkg, "utf8").includes('"workspaces"')) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: optionalString,
  // Default: http://localhost:$PORT (see parseEnv), so `PORT=3900 npm start` signs in without APP_URL.
  APP_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  PORT: z.coerce.number().int().positive().default(3000),
  AUTH_SECRET: optionalString.pipe(z.string().min(32).optional()),
  // 32 bytes for secrets at rest (platform/crypto): 64 hex characters or base64.
  ENCRYPTION_KEY: optionalString.pipe(
    z
      .string()
      .refine((v) => decodeKeyBytes(v) !== null, {
        message: "must be 32 bytes: 64 hex characters or base64 (openssl rand -base64 32)",
      })
      .optional(),
  ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  WORKERS: z.enum(["embedded", "external"]).default("embedded"),
  SIGNIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  SIGNIN_LOCK_SECONDS: z.coerce.number().int().positive().default(60),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  // Requests to user-given hosts (webhooks, mailboxes, HTTP actions) may reach this machine and its
  // private networks only when this is "true" (platform/outbound); metadata services never.
  OUTBOUND_ALLOW_PRIVATE_HOSTS: optionalString
    .pipe(z.enum(["true", "false"]).optional())
    .transform((v) => v === "true"),
  // System mail (invitations, password resets, reminders): smtp://user:pass@host:587 (STARTTLS when
  // offered) or smtps://…:465. Unset: nothing leaves the server (dev mailbox, see modules/mail).
  SMTP_URL: optionalString.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  // The sender of system mail, e.g. "Acme CRM <crm@acme.example>". Default: CRM <no-reply@APP_URL's host>.
  MAIL_FROM: optionalString.pipe(z.string().regex(/@/, "must contain an email address").optional()),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  MICROSOFT_CLIENT_ID: optionalString,
  MICROSOFT_CLIENT_SECRET: optionalString,
  MICROSOFT_TENANT_ID: optionalString,
  // Sovereign clouds (login.microsoftonline.us, login.chinacloudapi.cn); tests use a local stand-in.
  MICROSOFT_AUTHORITY: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
  TEST_DATABASE_URL: optionalString,
  TEST_DB: z.enum(["pglite", "postgres"]).optional(),
  TEST_PG_TEMPLATE: optionalString,
  NEXT_PHASE: optionalString,
});

export type Env = Omit<z.infer<typeof schema>, "APP_URL"> & {
  /** Public origin without a trailing slash. */
  APP_URL: string;
  dataDir: string;
  repoRoot: string;
};

/** Validates a set of variables (process.env in the app; tests pass their own). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}`);
  }
  const repoRoot = findRepoRoot(process.cwd());
  const dataDir = path.resolve(repoRoot, parsed.data.DATA_DIR ?? "data");
  const appUrl = (parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, "");
  return { ...parsed.data, APP_URL: appUrl, dataDir, repoRoot };
}

export const env: Env = parseEnv(process.env);

export const isBuildPhase = (): boolean => env.NEXT_PHASE === "phase-production-build";

export const oauthProviders = {
  google: Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET),
  github: Boolean(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET),
  microsoft: Boolean(env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET),
};
