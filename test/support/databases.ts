import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe } from 'vitest';
import { type Database, openDatabase } from '../../src/storage/database.ts';

/**
 * The storage, ingest and API suites run once per database: always on embedded PGlite, and on a real
 * PostgreSQL when one answers (TEST_DATABASE_URL, default the local server these machines run).
 * Each Postgres run gets a fresh database of its own, dropped afterwards.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function postgresReachable(): Promise<boolean> {
  if (process.env.SHABAKA_TEST_PG === '0') return false;
  const sql = postgres(ADMIN_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const pgAvailable = await postgresReachable();
if (!pgAvailable && process.env.CI) {
  // CI machines run PostgreSQL: a missing server there is a broken environment, not a reason to skip half the suite.
  throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}; CI must test both databases`);
}

export interface TestDatabase extends Database {
  label: string;
}

export interface DatabaseFactory {
  label: 'pglite' | 'postgres';
  open(): Promise<TestDatabase>;
}

const pgliteFactory: DatabaseFactory = {
  label: 'pglite',
  async open() {
    const db = await openDatabase({ driver: 'pglite', dataDir: null });
    return { ...db, label: 'pglite' };
  },
};

const postgresFactory: DatabaseFactory = {
  label: 'postgres',
  async open() {
    const name = `shabaka_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const db = await openDatabase({ driver: 'postgres', url: url.toString(), max: 4 });
    return {
      ...db,
      label: 'postgres',
      close: async () => {
        await db.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end({ timeout: 1 });
      },
    };
  },
};

export const DATABASE_FACTORIES: DatabaseFactory[] = pgAvailable ? [pgliteFactory, postgresFactory] : [pgliteFactory];

/** describe() the same suite once per available database. */
export function describeEachDatabase(name: string, suite: (factory: DatabaseFactory) => void): void {
  for (const factory of DATABASE_FACTORIES) describe(`${name} [${factory.label}]`, () => suite(factory));
}
