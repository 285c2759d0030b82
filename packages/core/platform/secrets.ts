import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";
import { logger } from "./logger";

/**
 * A secret kept in the data directory: read when the file exists, otherwise generated once (mode
 * 0600) and kept, so it survives restarts. Two processes starting at once agree on the first file.
 */
export function readOrCreateSecretFile(name: string, generate: () => string): string {
  const file = path.join(env.dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(env.dataDir, { recursive: true });
  const secret = generate();
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw error;
  }
  logger.info({ file }, `generated a new ${name}`);
  if (env.DATABASE_URL) {
    logger.warn(
      { file },
      `${name} was generated into this machine's data directory: every process on the same database needs the same one (set it in the environment)`,
    );
  }
  return secret;
}

// AUTH_SECRET when given; otherwise one generated on first start and kept in the data directory,
// so sessions survive restarts. Several servers sharing a PostgreSQL must all set AUTH_SECRET.
export function getAuthSecret(): string {
  return (
    env.AUTH_SECRET ?? readOrCreateSecretFile("auth-secret", () => randomBytes(32).toString("base64url"))
  );
}
