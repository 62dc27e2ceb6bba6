import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, openSqlite, type Database } from './database';

/**
 * The real databases the contract suites run on: a SQLite file in a fresh temp folder, and a
 * schema of its own on the PostgreSQL server at TEST_DATABASE_URL (CI starts one; `.ci/run`).
 * Without that URL the PostgreSQL half is skipped on a developer's machine and fails in CI.
 */
export interface TestDatabase {
  database: Database;
  /** Where the data lives, for what works on it from outside: a server process, a backup. */
  location: TestLocation;
  /** Opens another connection (another replica) to the same data. */
  reopen(): Database;
  drop(): Promise<void>;
}

export type TestLocation =
  | { kind: 'sqlite'; dataDir: string }
  /** `url` reaches the server; the tables are in `schema` (search_path). */
  | { kind: 'postgres'; url: string; schema: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** TEST_DATABASE_URL, '' when unset (vite.config.ts). */
    testDatabaseUrl: string;
    /** Set in CI, where the PostgreSQL half must run. */
    postgresRequired: boolean;
  }
}

export const POSTGRES_URL = inject('testDatabaseUrl') || undefined;
export const POSTGRES_REQUIRED = inject('postgresRequired');

export function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-db-'));
  const database = openSqlite(dir);
  return {
    database,
    location: { kind: 'sqlite', dataDir: dir },
    reopen: () => openSqlite(dir),
    async drop() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresTestDatabase(): Promise<TestDatabase> {
  const url = POSTGRES_URL;
  if (url === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = openPostgres(url, { schema, max: 4 });
  return {
    database,
    location: { kind: 'postgres', url, schema },
    reopen: () => openPostgres(url, { schema, max: 4 }),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      // IF EXISTS: a test may have dropped it itself (the backup test does, then restores it).
      await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
