import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

const readVersion = (): string => {
  try {
    const pkg: unknown = JSON.parse(readFileSync(path.join(env.repoRoot, "package.json"), "utf8"));
    return pkg && typeof pkg === "object" && "version" in pkg && typeof pkg.version === "string"
      ? pkg.version
      : "0.0.0";
  } catch {
    return "0.0.0";
  }
};

export const APP_VERSION = readVersion();
