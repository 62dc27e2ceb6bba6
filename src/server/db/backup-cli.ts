/**
 * `npm run db:backup -- <file>` (the server may be running) and `npm run db:restore -- <file>`
 * (stop it first), for the SQLite database in THREADLINE_DATA_DIR. PostgreSQL is backed up with
 * its own tools, pg_dump and pg_restore (README, "Backup and restore").
 */
import { join } from 'node:path';
import { InvalidEnvError, readProcessEnv } from '@/server/env';
import { SQLITE_FILE_NAME } from './database';
import { BackupError, backupSqlite, describeSummary, restoreSqlite } from './sqlite-backup';

const USAGE = 'Usage: npm run db:backup -- <backup file>  |  npm run db:restore -- <backup file>';

async function main(command: string | undefined, file: string | undefined): Promise<string> {
  if ((command !== 'backup' && command !== 'restore') || file === undefined)
    throw new BackupError(USAGE);
  const env = readProcessEnv();
  if (env.databaseUrl !== undefined)
    throw new BackupError(
      'DATABASE_URL is set: Threadline keeps its data in PostgreSQL. Back it up with pg_dump and restore it with pg_restore (README, "Backup and restore").',
    );
  const database = join(env.dataDir, SQLITE_FILE_NAME);
  if (command === 'backup') {
    const summary = await backupSqlite(env.dataDir, file);
    return `Backed up ${database} to ${file}: ${describeSummary(summary)}.`;
  }
  const summary = await restoreSqlite(file, env.dataDir);
  return `Restored ${file} to ${database}: ${describeSummary(summary)}. Start Threadline again.`;
}

try {
  console.log(await main(process.argv[2], process.argv[3]));
} catch (error) {
  if (!(error instanceof BackupError || error instanceof InvalidEnvError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
