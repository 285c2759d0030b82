import { createTableRelationsHelpers, extractTablesRelationalConfig } from "drizzle-orm";
import { NodePgSession, NodePgTransaction } from "drizzle-orm/node-postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import type pg from "pg";
import type { Schema, Tx } from "./client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Org transactions on a PostgreSQL pool in one round trip fewer than Drizzle's `transaction`: its
 * `begin` and the statement that sets the org and the role (withOrg) go as one simple query
 * (`begin; select set_config(…)`), which the simple protocol allows because the org id, a UUID
 * checked here, is written into the text instead of being a parameter. Every API request opens
 * one; each round trip costs the driver, a socket write and the database's parsing of a statement.
 * Answers null for an org id that is not a UUID (the caller then takes Drizzle's way).
 */
export function createOrgTransaction(pool: pg.Pool, fullSchema: Schema) {
  // What drizzle() builds for the pool's database, built once.
  const dialect = new PgDialect();
  const tables = extractTablesRelationalConfig(fullSchema, createTableRelationsHelpers);
  const relational = { fullSchema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };

  return async <T>(orgId: string, fn: (tx: Tx) => Promise<T>): Promise<{ value: T } | null> => {
    if (!UUID.test(orgId)) return null;
    const client = await pool.connect();
    let broken = false;
    try {
      // `set_config('role', …, true)` is `SET LOCAL ROLE`.
      await client.query(
        `begin; select set_config('app.org_id', '${orgId}', true), set_config('role', 'crm_app', true)`,
      );
      const session = new NodePgSession(client, dialect, relational);
      const tx = new NodePgTransaction(dialect, session, relational) as unknown as Tx;
      const value = await fn(tx);
      await client.query("commit");
      return { value };
    } catch (error) {
      // Outside a transaction this is only a warning; a connection that cannot even do this is dropped.
      await client.query("rollback").catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  };
}
