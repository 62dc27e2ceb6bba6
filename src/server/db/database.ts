import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Schema } from './schema';

export type DatabaseKind = 'sqlite' | 'postgres';

/** Our own database (never the ChatKit API's): the thread index and, next, the reviews. */
export interface Database {
  kind: DatabaseKind;
  db: Kysely<Schema>;
  /** Where it is, for messages and logs: the file, or the server and database (no password). */
  where: string;
  close(): Promise<void>;
}

/** Start-up cannot go on; the message names the place and what to do about it. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

export const SQLITE_FILE_NAME = 'threadline.sqlite';

/**
 * The SQLite file under `dataDir`, created (with the folder, readable by this user only) when
 * missing. WAL lets the indexer write while agents read; a busy timeout rides out the moment a
 * checkpoint holds the lock.
 */
export function openSqlite(dataDir: string): Database {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new DatabaseStartError(
      `Threadline cannot write to its data folder ${dataDir} (${codeOf(error)}). Make it ` +
        'writable by the user running Threadline, or set THREADLINE_DATA_DIR to a folder that is.',
    );
  }
  const file = join(dataDir, SQLITE_FILE_NAME);
  let connection: SQLite.Database;
  try {
    connection = new SQLite(file);
    connection.pragma('journal_mode = WAL');
    connection.pragma('busy_timeout = 5000');
    connection.pragma('foreign_keys = ON');
  } catch (error) {
    throw damaged(file, error);
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: connection }) });
  return { kind: 'sqlite', db, where: file, close: () => db.destroy() };
}

function damaged(file: string, error: unknown): DatabaseStartError {
  return new DatabaseStartError(
    `${file} cannot be opened as Threadline's database (${codeOf(error)}): it is damaged or ` +
      'not a SQLite file. Restore it from a backup, or move it aside to start with an empty one ' +
      '(the thread index then rebuilds from the API).',
  );
}

export interface PostgresOptions {
  /** Tables go in this schema (tests use one of their own); default: the server's search_path. */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  // Node-postgres returns BIGINT and COUNT(*) as strings; ours are all safe integers.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    connectionTimeoutMillis: 5000,
    ...(options.schema !== undefined && { options: `-c search_path=${options.schema}` }),
  });
  // An idle connection the server drops is replaced on next use; it must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, where: describePostgres(url), close: () => db.destroy() };
}

/** Host, port and database of a URL, never its user or password. */
export function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * Applies every migration not yet applied, in order, forward-only. Kysely's Migrator takes a
 * lock for it, so replicas starting together migrate once.
 */
export async function migrateToLatest(database: Database): Promise<void> {
  const { error, results } = await migratorFor(database)
    .then((migrator) => migrator.migrateToLatest())
    .catch((caught: unknown) => ({ error: caught, results: undefined }));
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error')?.migrationName;
  if (database.kind === 'sqlite' && /SQLITE_(NOTADB|CORRUPT)/.test(codeOf(error)))
    throw damaged(database.where, error);
  throw new DatabaseStartError(
    `Threadline could not update ${database.where}${failed ? ` (migration ${failed})` : ''}: ` +
      `${codeOf(error)}.`,
  );
}

/**
 * Kysely's Migrator for our migrations. On PostgreSQL its bookkeeping tables go in the schema
 * the connection writes to: left to itself, it finds them in any schema of the database (another
 * Threadline's, sharing it) and then fails to read them from its own.
 */
export async function migratorFor(database: Database): Promise<Migrator> {
  const provider = migrationProvider(database.kind);
  if (database.kind === 'sqlite') return new Migrator({ db: database.db, provider });
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(
    database.db,
  );
  const migrationTableSchema = rows[0]?.schema;
  return new Migrator({ db: database.db, provider, migrationTableSchema });
}

function codeOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ?? error.message;
  }
  return String(error);
}
