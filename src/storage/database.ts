import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type Schema, schema } from './schema.ts';
import { StatementRecorder } from './statements.ts';

/** One Drizzle type for both drivers: everything above storage codes against this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: both run queries the same way. */
export type Queryable = Pick<Db, 'select' | 'selectDistinct' | 'insert' | 'update' | 'delete' | 'execute' | 'query'>;

export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { driver: 'pglite'; dataDir: string | null /* null: in memory */ }
  | { driver: 'postgres'; url: string; max?: number };

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../schema/migrations', import.meta.url));

/** Opens the database and applies pending migrations (idempotent: drizzle records what it applied). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = new StatementRecorder();
  if (options.driver === 'pglite') {
    if (options.dataDir) mkdirSync(path.resolve(options.dataDir), { recursive: true });
    const client = await PGlite.create(options.dataDir ?? undefined, { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema, logger });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return { db: db as unknown as Db, driver: 'pglite', close: () => client.close() };
  }
  const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres(preparingClient(client), { schema, logger });
  await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as unknown as Db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
}

/**
 * Drizzle runs every query without a name (`prepare: false`), so PostgreSQL plans each execution anew;
 * for the read paths' statements planning costs more than executing (0.3–1 ms against 0.1–0.5 ms).
 * postgres.js can prepare them as named statements, once per connection and query text, and PostgreSQL
 * then reuses the plan (custom plans at first, a generic one when it is as good). Transactions (ingest)
 * run on their own reserved connection and keep drizzle's setting.
 *
 * Not prepared: statements over a set of ids passed as one array parameter (walks' frontiers, a
 * network's nodes). Their best plan depends on the set's size, which a generic plan cannot see
 * (measured: network 2 hops / 500 nodes went from 105 ms to 340 ms p50 on a generic plan).
 */
// a parameter cast to an array ($3::integer[]), not any array literal or NULL::integer[] in the text
const VARIABLE_ID_SET = /\$\d+::integer\[\]/;

/** Whether postgres.js should prepare this statement (see above). */
export function isPreparable(query: string): boolean {
  return !VARIABLE_ID_SET.test(query);
}

function preparingClient(client: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql['unsafe'] = (query, parameters, queryOptions) =>
    client.unsafe(query, parameters, { ...queryOptions, prepare: isPreparable(query) });
  return new Proxy(client, {
    get: (target, property, receiver) => (property === 'unsafe' ? unsafe : Reflect.get(target, property, receiver)),
  });
}

/** Runs raw SQL (graph traversals, window queries) and returns its rows, whichever the driver. */
export async function rawRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
