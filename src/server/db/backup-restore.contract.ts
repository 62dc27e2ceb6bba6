import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, type Database } from './database';
import { createReviewStore, type ReviewFields, type ReviewStore } from './review-store';
import type { TestDatabase } from './test-databases';

const T = 1_796_000_000;
const DONE = 'cthr_backup_done';
const FLAGGED = 'cthr_backup_flagged';
const CLAIMED = 'cthr_backup_claimed';
const THREADS = [DONE, FLAGGED, CLAIMED];

const claim = (agent: string): ReviewFields => ({
  state: 'in_review',
  claimedBy: agent,
  outcome: null,
  note: '',
});

/** The documented commands for one database, run as an operator would (README). */
export interface BackupTools {
  /** Backs up while `test.database` stays open, as a running server's connection would. */
  backUp(test: TestDatabase, file: string): Promise<void>;
  /** The data is gone: the server stopped, then the data folder deleted or the schema dropped. */
  wipe(test: TestDatabase): Promise<void>;
  restore(test: TestDatabase, file: string): Promise<void>;
}

async function writeReviews(store: ReviewStore) {
  await store.save(DONE, claim('ana'), 0, 'ana', T);
  const note = 'Refund issued by hand; the bot quoted the old policy.';
  await store.save(
    DONE,
    { ...claim('ana'), state: 'done', claimedBy: null, note },
    1,
    'ana',
    T + 60,
  );
  await store.save(
    DONE,
    { state: 'done', claimedBy: null, outcome: 'bot error', note },
    2,
    'ana',
    T + 90,
  );
  const kept = { itemId: 'cthi_1', kind: 'wrong', comment: 'Quoted the old policy' } as const;
  await store.addFlag(FLAGGED, kept, 'ben', T + 100);
  const removed = await store.addFlag(FLAGGED, { ...kept, kind: 'good', comment: '' }, 'ben', T);
  await store.removeFlag(FLAGGED, removed.flag.id, 'ben', T + 120);
  await store.save(CLAIMED, claim('cy'), 0, 'cy', T + 130);
}

async function snapshot(store: ReviewStore) {
  return Promise.all(
    THREADS.map(async (threadId) => ({
      review: await store.get(threadId),
      history: await store.history(threadId),
    })),
  );
}

/**
 * Backup and restore as documented, run against each real database:
 * backup-restore.sqlite.test.ts (npm run db:backup / db:restore) and
 * backup-restore.postgres.test.ts (pg_dump / pg_restore).
 */
export function describeBackupRestore(
  name: string,
  open: () => Promise<TestDatabase>,
  tools: BackupTools,
) {
  describe(`backup and restore on ${name}`, () => {
    let test: TestDatabase;
    let restored: Database | undefined;
    let dir: string;

    beforeEach(async () => {
      test = await open();
      await migrateToLatest(test.database);
      dir = mkdtempSync(join(tmpdir(), 'threadline-backup-'));
    });
    afterEach(async () => {
      await restored?.close();
      await test.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('brings back every review, flag and history entry as it was at the backup', async () => {
      const store = createReviewStore(test.database);
      await writeReviews(store);
      const before = await snapshot(store);
      const file = join(dir, 'threadline.backup');
      await tools.backUp(test, file);
      // After the backup: a restore goes back to before it.
      await store.save(CLAIMED, { ...claim('cy'), note: 'after the backup' }, 1, 'cy', T + 200);
      await tools.wipe(test);
      await tools.restore(test, file);

      restored = test.reopen();
      await migrateToLatest(restored);
      const back = createReviewStore(restored);
      expect(await snapshot(back)).toEqual(before);
      expect((await back.get(FLAGGED)).flags).toMatchObject([{ comment: 'Quoted the old policy' }]);

      // Agents carry on where the backup left off: versions and history go on from there.
      const next = await back.save(CLAIMED, { ...claim('cy'), note: 'again' }, 1, 'cy', T + 300);
      expect(next).toMatchObject({ saved: true, review: { version: 2, note: 'again' } });
      const history = await back.history(CLAIMED);
      expect(history.at(-1)).toMatchObject({ field: 'note', to: 'again', agent: 'cy' });
      const ids = history.map((event) => event.id);
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    }, 20_000);
  });
}
