import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { SQLITE_FILE_NAME } from './database';

/** What a backup holds, for the operator to check at a glance. */
export interface BackupSummary {
  reviews: number;
  flags: number;
  historyEntries: number;
  indexedThreads: number;
}

/** The backup or restore cannot be done; the message says why and what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Copies the SQLite database under `dataDir` to `target` while Threadline may be running and
 * writing: SQLite's online backup reads a consistent snapshot, WAL included (copying the file
 * alone would miss what is still in threadline.sqlite-wal). The source is opened read-only.
 * The copy is written next to `target` and renamed into place only once checked, as a single
 * self-contained file (rollback journal, no -wal beside it).
 */
export async function backupSqlite(dataDir: string, target: string): Promise<BackupSummary> {
  const source = join(dataDir, SQLITE_FILE_NAME);
  if (!existsSync(source))
    throw new BackupError(
      `There is no Threadline database at ${source}: check THREADLINE_DATA_DIR.`,
    );
  if (resolve(target) === resolve(source))
    throw new BackupError('Write the backup to another file than the database itself.');
  const partial = `${target}.partial`;
  const live = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    await live.backup(partial);
  } finally {
    live.close();
  }
  try {
    const copy = new SQLite(partial, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const summary = summarize(partial);
    renameSync(partial, target);
    return summary;
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Puts a backup made by backupSqlite back as the database under `dataDir` (created if it is
 * gone), replacing what is there. Stop Threadline first. SQLite's backup writes it, so a -wal
 * left beside the old database by a crash cannot be replayed over the restored one, as it
 * would be over a plain copy.
 */
export async function restoreSqlite(backup: string, dataDir: string): Promise<BackupSummary> {
  if (!existsSync(backup)) throw new BackupError(`There is no backup at ${backup}.`);
  const summary = summarize(backup);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const copy = new SQLite(backup, { readonly: true, fileMustExist: true });
  try {
    await copy.backup(join(dataDir, SQLITE_FILE_NAME));
  } finally {
    copy.close();
  }
  return summary;
}

/** Checks `file` is a sound Threadline database and counts what it holds. */
function summarize(file: string): BackupSummary {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new Error(check);
    const count = (table: string) =>
      (db?.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      reviews: count('review'),
      flags: count('review_flag'),
      historyEntries: count('review_event'),
      indexedThreads: count('thread_index'),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(`${file} is not a sound Threadline database (${reason}).`);
  } finally {
    db?.close();
  }
}

export function describeSummary(summary: BackupSummary): string {
  return [
    `${summary.reviews} reviews`,
    `${summary.flags} flags`,
    `${summary.historyEntries} history entries`,
    `${summary.indexedThreads} indexed threads`,
  ].join(', ');
}
