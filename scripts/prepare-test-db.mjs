#!/usr/bin/env node
// CI helper: when a PostgreSQL server answers at 127.0.0.1:5432, create a fresh database for this
// run and print its URL; print nothing when there is no server. `--drop URL` removes it again.
import pg from "pg";

const admin = "postgres://postgres@127.0.0.1:5432/postgres";

async function main() {
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    return;
  }
  try {
    if (process.argv[2] === "--drop") {
      const name = new URL(process.argv[3] ?? "").pathname.slice(1);
      if (/^crm_ci_[a-z0-9_]+$/.test(name))
        await client.query(`drop database if exists ${name} with (force)`);
      return;
    }
    const name = `crm_ci_${Date.now()}_${process.pid}`;
    await client.query(`create database ${name}`);
    process.stdout.write(`postgres://postgres@127.0.0.1:5432/${name}\n`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
