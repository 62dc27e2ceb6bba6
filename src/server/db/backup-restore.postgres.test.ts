import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, it } from 'vitest';
import { describeBackupRestore } from './backup-restore.contract';
import {
  POSTGRES_REQUIRED,
  POSTGRES_URL,
  postgresTestDatabase,
  type TestDatabase,
} from './test-databases';

const DEBIAN_BINARIES = '/usr/lib/postgresql';

/**
 * pg_dump or pg_restore: on PATH, else Debian's newest (/usr/lib/postgresql/<version>/bin),
 * since pg_dump must be at least as new as the server.
 */
function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const versions = existsSync(DEBIAN_BINARIES)
    ? readdirSync(DEBIAN_BINARIES).sort((a, b) => Number(b) - Number(a))
    : [];
  const candidates = [name, ...versions.map((v) => join(DEBIAN_BINARIES, v, 'bin', name))];
  const found = candidates.find((tool) => {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (found === undefined) throw new Error(`${name} is not installed (postgresql-client)`);
  return found;
}

function locationOf(test: TestDatabase) {
  if (test.location.kind !== 'postgres') throw new Error('a PostgreSQL test database');
  return test.location;
}

const run = promisify(execFile);

// A developer without PostgreSQL runs the SQLite half alone; CI always runs this one (.ci/run).
if (POSTGRES_URL !== undefined)
  describeBackupRestore('PostgreSQL', postgresTestDatabase, {
    async backUp(test, file) {
      const { url, schema } = locationOf(test);
      await run(pgTool('pg_dump'), [
        '--format=custom',
        '--no-owner',
        `--schema=${schema}`,
        `--file=${file}`,
        url,
      ]);
    },
    async wipe(test) {
      await test.database.close();
      const admin = new pg.Client({ connectionString: locationOf(test).url });
      await admin.connect();
      await admin.query(`DROP SCHEMA ${locationOf(test).schema} CASCADE`);
      await admin.end();
    },
    async restore(test, file) {
      await run(pgTool('pg_restore'), [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--single-transaction',
        `--dbname=${locationOf(test).url}`,
        file,
      ]);
    },
  });
else
  describe.skipIf(!POSTGRES_REQUIRED)('backup and restore on PostgreSQL', () => {
    it('has a server to run on', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI runs the PostgreSQL half (.ci/run)');
    });
  });
