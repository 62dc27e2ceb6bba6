import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { describeBackupRestore } from './backup-restore.contract';
import { sqliteTestDatabase, type TestDatabase } from './test-databases';
import { restoreSqlite } from './sqlite-backup';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** What `npm run db:backup -- <file>` and `npm run db:restore -- <file>` run. */
async function cli(test: TestDatabase, command: 'backup' | 'restore', file: string) {
  if (test.location.kind !== 'sqlite') throw new Error('a SQLite test database');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/server/db/backup-cli.ts', command, file],
    { cwd: ROOT, env: { THREADLINE_DATA_DIR: test.location.dataDir } },
  );
  return stdout;
}

describeBackupRestore('SQLite', () => Promise.resolve(sqliteTestDatabase()), {
  async backUp(test, file) {
    expect(await cli(test, 'backup', file)).toMatch(/^Backed up .* to .*: 3 reviews, 1 flags, /);
  },
  async wipe(test) {
    await test.database.close();
    if (test.location.kind === 'sqlite') rmSync(test.location.dataDir, { recursive: true });
  },
  async restore(test, file) {
    expect(await cli(test, 'restore', file)).toMatch(/^Restored .*: 3 reviews, 1 flags, /);
  },
});

describe('SQLite restore', () => {
  it('refuses a file that is not a Threadline backup and leaves the database alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'threadline-restore-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const notBackup = join(dir, 'notes.txt');
    writeFileSync(notBackup, 'not a database');
    const dataDir = join(dir, 'data');
    await expect(restoreSqlite(notBackup, dataDir)).rejects.toThrow(
      /notes\.txt is not a sound Threadline database/,
    );
    await expect(restoreSqlite(join(dir, 'missing.sqlite'), dataDir)).rejects.toThrow(
      /There is no backup at/,
    );
  });
});
