import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DatabaseStartError,
  migrateToLatest,
  openPostgres,
  openSqlite,
  SQLITE_FILE_NAME,
} from './database';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-db-start-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('opening the database at start-up', () => {
  it('creates the data folder for this user alone, and the file in it', async () => {
    const dataDir = join(tempDir(), 'data');
    const database = openSqlite(dataDir);
    await migrateToLatest(database);
    await database.close();
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, SQLITE_FILE_NAME)).isFile()).toBe(true);
  });

  it('stops with a message naming a data folder it cannot create', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const dataDir = join(file, 'data');
    expect(() => openSqlite(dataDir)).toThrow(DatabaseStartError);
    expect(() => openSqlite(dataDir)).toThrow(
      new RegExp(`cannot write to its data folder ${dataDir}.*THREADLINE_DATA_DIR`),
    );
  });

  it('stops with a message naming a damaged database file and what to do', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, SQLITE_FILE_NAME);
    writeFileSync(file, 'this is not a database '.repeat(200));
    const attempt = async () => migrateToLatest(openSqlite(dataDir));
    await expect(attempt()).rejects.toThrow(DatabaseStartError);
    await expect(attempt()).rejects.toThrow(
      new RegExp(`${file} cannot be opened.*Restore it from a backup, or move it aside`),
    );
  });

  it('names an unreachable PostgreSQL server without its password', async () => {
    const database = openPostgres('postgres://someone:s3cret-pw@127.0.0.1:9/threadline');
    try {
      const failure = await migrateToLatest(database).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DatabaseStartError);
      const message = (failure as Error).message;
      expect(message).toContain('PostgreSQL 127.0.0.1:9/threadline');
      expect(message).toContain('ECONNREFUSED');
      expect(message).not.toContain('s3cret-pw');
      expect(message).not.toContain('someone');
    } finally {
      await database.close();
    }
  });
});
