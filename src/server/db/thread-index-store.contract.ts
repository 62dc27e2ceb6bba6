import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from './database';
import type { TestDatabase } from './test-databases';
import {
  createThreadIndexStore,
  type IndexedThread,
  type IndexQuery,
  type ThreadIndexStore,
  type ThreadSnapshot,
} from './thread-index-store';

const DAY = 86_400;
/** 2026-11-01T00:00:00Z */
const NOV_1 = 1_793_491_200;

function snapshot(overrides: Partial<ThreadSnapshot> & { id: string }): ThreadSnapshot {
  return {
    createdAt: NOV_1,
    status: 'active',
    reason: null,
    title: null,
    user: null,
    ...overrides,
  };
}

const ids = (threads: readonly IndexedThread[]) => threads.map((thread) => thread.id);

/** Every page of a query, following its cursor. */
async function allPages(store: ThreadIndexStore, query: Omit<IndexQuery, 'after'>) {
  const seen: string[] = [];
  let after: IndexQuery['after'];
  for (let page = 0; page < 100; page++) {
    const result = await store.query({ ...query, after });
    seen.push(...ids(result.threads));
    if (!result.next) return seen;
    after = result.next;
  }
  throw new Error('the cursor never ended');
}

/**
 * What every thread-index store must do, run against each real database (never a mock):
 * thread-index-store.sqlite.test.ts and thread-index-store.postgres.test.ts.
 */
export function describeThreadIndexStore(name: string, open: () => Promise<TestDatabase>) {
  describe(`thread index store on ${name}`, () => {
    let test: TestDatabase;
    let store: ThreadIndexStore;

    beforeEach(async () => {
      test = await open();
      await migrateToLatest(test.database);
      store = createThreadIndexStore(test.database);
    });
    afterEach(async () => {
      await test.drop();
    });

    it('keeps what was seen of a thread, and when', async () => {
      await store.record(
        [
          snapshot({
            id: 'cthr_a',
            status: 'locked',
            reason: 'Escalated to billing',
            title: 'Refund for order A-1023',
            user: 'maria@example.com',
          }),
        ],
        NOV_1 + 60,
      );
      expect(await store.get('cthr_a')).toEqual({
        id: 'cthr_a',
        createdAt: NOV_1,
        status: 'locked',
        reason: 'Escalated to billing',
        title: 'Refund for order A-1023',
        user: 'maria@example.com',
        firstSeenAt: NOV_1 + 60,
        lastSeenAt: NOV_1 + 60,
        statusChangedAt: null,
      });
      expect(await store.get('cthr_missing')).toBeNull();
      expect(await store.count()).toBe(1);
    });

    it('notes when a status or reason changes, and only then', async () => {
      await store.record([snapshot({ id: 'cthr_a' })], NOV_1 + 10);
      await store.record([snapshot({ id: 'cthr_a', title: 'Renamed' })], NOV_1 + 20);
      expect((await store.get('cthr_a'))?.statusChangedAt).toBeNull();
      await store.record(
        [snapshot({ id: 'cthr_a', status: 'locked', reason: 'Escalated' })],
        NOV_1 + 30,
      );
      await store.record(
        [snapshot({ id: 'cthr_a', status: 'locked', reason: 'Escalated' })],
        NOV_1 + 40,
      );
      const locked = await store.get('cthr_a');
      expect(locked).toMatchObject({
        status: 'locked',
        firstSeenAt: NOV_1 + 10,
        lastSeenAt: NOV_1 + 40,
        statusChangedAt: NOV_1 + 30,
      });
      // A new reason under the same status is a change too.
      await store.record(
        [snapshot({ id: 'cthr_a', status: 'locked', reason: 'Fraud review' })],
        NOV_1 + 50,
      );
      expect((await store.get('cthr_a'))?.statusChangedAt).toBe(NOV_1 + 50);
    });

    it('never lets an older sighting overwrite a newer one', async () => {
      // An agent's fetch wrote "closed" at :50; a list pass that read the thread at :40 lands late.
      await store.record([snapshot({ id: 'cthr_a', status: 'closed' })], NOV_1 + 50);
      await store.record([snapshot({ id: 'cthr_a', status: 'active' })], NOV_1 + 40);
      expect(await store.get('cthr_a')).toMatchObject({ status: 'closed', lastSeenAt: NOV_1 + 50 });
    });

    it('pages newest or oldest first by keyset, each thread exactly once, ties included', async () => {
      const threads = Array.from({ length: 23 }, (_, n) =>
        // Pairs share a creation second: the ID breaks the tie.
        snapshot({
          id: `cthr_${String(n).padStart(2, '0')}`,
          createdAt: NOV_1 + Math.floor(n / 2),
        }),
      );
      await store.record(threads, NOV_1 + DAY);
      const newest = await allPages(store, { sort: 'newest', limit: 5 });
      expect(newest).toEqual(threads.map((thread) => thread.id).reverse());
      const oldest = await allPages(store, { sort: 'oldest', limit: 4 });
      expect(oldest).toEqual(threads.map((thread) => thread.id));
      const first = await store.query({ sort: 'newest', limit: 100 });
      expect(first.next).toBeNull();
      expect(first.threads).toHaveLength(23);
    });

    describe('filters', () => {
      beforeEach(async () => {
        await store.record(
          [
            snapshot({
              id: 'cthr_refund1',
              createdAt: NOV_1,
              status: 'locked',
              reason: 'Escalated to billing',
              title: 'Refund for duplicate charge',
              user: 'maria.gomez@example.com',
            }),
            snapshot({
              id: 'cthr_refund2',
              createdAt: NOV_1 + DAY,
              status: 'closed',
              reason: 'Resolved',
              title: 'Refund status?',
              user: 'li.wei@example.com',
            }),
            snapshot({
              id: 'cthr_login',
              createdAt: NOV_1 + 2 * DAY,
              status: 'active',
              title: 'Cannot log in',
              user: 'maria.gomez@example.com',
            }),
            snapshot({
              id: 'cthrXrefund',
              createdAt: NOV_1 + 3 * DAY,
              status: 'locked',
              reason: null,
              title: 'Café order for José',
              user: 'jose@example.com',
            }),
          ],
          NOV_1 + 10 * DAY,
        );
      });

      const matching = async (filter: Omit<IndexQuery, 'sort' | 'limit'>) =>
        ids((await store.query({ sort: 'oldest', limit: 50, ...filter })).threads);

      it('by status, reason, user, creation time and ID prefix', async () => {
        expect(await matching({ statuses: ['locked'] })).toEqual(['cthr_refund1', 'cthrXrefund']);
        expect(await matching({ statuses: ['locked', 'closed'] })).toHaveLength(3);
        expect(await matching({ reason: 'Resolved' })).toEqual(['cthr_refund2']);
        expect(await matching({ user: 'maria.gomez@example.com' })).toEqual([
          'cthr_refund1',
          'cthr_login',
        ]);
        expect(await matching({ createdFrom: NOV_1 + DAY, createdTo: NOV_1 + 2 * DAY })).toEqual([
          'cthr_refund2',
          'cthr_login',
        ]);
        // `_` is a character of the prefix, not a wildcard.
        expect(await matching({ idPrefix: 'cthr_ref' })).toEqual(['cthr_refund1', 'cthr_refund2']);
        expect(await matching({ idPrefix: 'CTHR_REF' })).toEqual([]);
      });

      it('by words of the title or user, as prefixes, all of them, accents or not', async () => {
        expect(await matching({ text: 'refund' })).toEqual(['cthr_refund1', 'cthr_refund2']);
        expect(await matching({ text: 'REF dup' })).toEqual(['cthr_refund1']);
        expect(await matching({ text: 'gomez' })).toEqual(['cthr_refund1', 'cthr_login']);
        expect(await matching({ text: 'cafe jose' })).toEqual(['cthrXrefund']);
        expect(await matching({ text: 'Café' })).toEqual(['cthrXrefund']);
        expect(await matching({ text: 'refund nobody' })).toEqual([]);
      });

      it.each([
        ['quotes', `"refund' OR 1=1 --`, []],
        ['FTS5 operators', 'refund* NEAR(a b) OR NOT "x" ^col:y', []],
        ['tsquery operators', "refund & !x | (y <-> z) :* '", []],
        ['SQL', "'); DROP TABLE thread_index; --", []],
        ['quoted words', '"refund" "dup"', ['cthr_refund1']],
        // Punctuation alone is no search: everything.
        ['LIKE wildcards', '%_%', ['cthr_refund1', 'cthr_refund2', 'cthr_login', 'cthrXrefund']],
        ['a 10 kB string', 'refund '.repeat(1500), ['cthr_refund1', 'cthr_refund2']],
      ])(
        'takes hostile search text as words, never as query syntax: %s',
        async (_, text, expected) => {
          expect(await matching({ text })).toEqual(expected);
          expect(await store.count()).toBe(4);
        },
      );

      it('counts each status under the other filters', async () => {
        const page = await store.query({
          sort: 'newest',
          limit: 1,
          statuses: ['closed'],
          text: 'refund',
        });
        expect(ids(page.threads)).toEqual(['cthr_refund2']);
        expect(page.counts).toEqual({ active: 0, locked: 1, closed: 1, unknown: 0 });
        const all = await store.query({ sort: 'newest', limit: 1 });
        expect(all.counts).toEqual({ active: 1, locked: 2, closed: 1, unknown: 0 });
        expect(all.next).not.toBeNull();
      });
    });

    it('sums up the dashboard: per day by status, locked by reason, the oldest locked', async () => {
      await store.record(
        [
          snapshot({ id: 'cthr_1', createdAt: NOV_1 + 100, status: 'locked', reason: 'Billing' }),
          snapshot({ id: 'cthr_2', createdAt: NOV_1 + 200, status: 'active' }),
          snapshot({
            id: 'cthr_3',
            createdAt: NOV_1 + DAY + 5,
            status: 'locked',
            reason: 'Billing',
          }),
          snapshot({ id: 'cthr_4', createdAt: NOV_1 + DAY + 9, status: 'locked', reason: null }),
          snapshot({ id: 'cthr_5', createdAt: NOV_1 + DAY + 9, status: 'closed', reason: 'Done' }),
          snapshot({
            id: 'cthr_old',
            createdAt: NOV_1 - 40 * DAY,
            status: 'locked',
            reason: 'Fraud',
          }),
        ],
        NOV_1 + 2 * DAY,
      );
      const overview = await store.overview(NOV_1 - DAY, 10);
      expect(overview.perDay).toEqual([
        { day: '2026-11-01', counts: { active: 1, locked: 1, closed: 0, unknown: 0 } },
        { day: '2026-11-02', counts: { active: 0, locked: 2, closed: 1, unknown: 0 } },
      ]);
      expect(overview.lockedByReason).toEqual([
        { reason: 'Billing', count: 2 },
        // Ties in any order the database likes; both are there.
        ...(overview.lockedByReason.slice(1).map((row) => row.reason)[0] === null
          ? [
              { reason: null, count: 1 },
              { reason: 'Fraud', count: 1 },
            ]
          : [
              { reason: 'Fraud', count: 1 },
              { reason: null, count: 1 },
            ]),
      ]);
      expect(overview.locked).toBe(4);
      expect(overview.total).toBe(6);
      expect(overview.oldestLocked?.id).toBe('cthr_old');
      expect((await store.overview(NOV_1 - DAY, 1)).lockedByReason).toEqual([
        { reason: 'Billing', count: 2 },
      ]);
    });

    it('forgets threads created before the window', async () => {
      await store.record(
        [
          snapshot({ id: 'cthr_old', createdAt: NOV_1 - 31 * DAY }),
          snapshot({ id: 'cthr_new', createdAt: NOV_1 }),
        ],
        NOV_1,
      );
      expect(await store.dropCreatedBefore(NOV_1 - 30 * DAY)).toBe(1);
      expect(ids((await store.query({ sort: 'newest', limit: 10 })).threads)).toEqual(['cthr_new']);
      // Searching still works on what is left (the full-text index followed the delete).
      expect(ids((await store.query({ sort: 'newest', limit: 10, text: 'x' })).threads)).toEqual(
        [],
      );
    });

    it('keeps the indexer’s notes', async () => {
      expect(await store.getMeta('head_pass_at')).toBeNull();
      await store.setMeta('head_pass_at', '1');
      await store.setMeta('head_pass_at', '2');
      expect(await store.getMeta('head_pass_at')).toBe('2');
    });

    it('gives a lease to one holder at a time, and to another once it expires', async () => {
      expect(await store.acquireLease('indexer', 'replica-a', 1000, 500)).toBe(true);
      expect(await store.acquireLease('indexer', 'replica-b', 1200, 500)).toBe(false);
      // Renewed by its holder.
      expect(await store.acquireLease('indexer', 'replica-a', 1400, 500)).toBe(true);
      expect(await store.acquireLease('indexer', 'replica-b', 1800, 500)).toBe(false);
      // replica-a stopped renewing: after 1900 it is free.
      expect(await store.acquireLease('indexer', 'replica-b', 1901, 500)).toBe(true);
      expect(await store.acquireLease('indexer', 'replica-a', 1950, 500)).toBe(false);
      await store.releaseLease('indexer', 'replica-a');
      expect(await store.acquireLease('indexer', 'replica-a', 1960, 500)).toBe(false);
      await store.releaseLease('indexer', 'replica-b');
      expect(await store.acquireLease('indexer', 'replica-a', 1970, 500)).toBe(true);
    });

    it('gives a free lease to exactly one of many replicas asking at once', async () => {
      const replicas = Array.from({ length: 6 }, () => test.reopen());
      try {
        const stores = replicas.map((replica) => createThreadIndexStore(replica));
        const won = await Promise.all(
          stores.map((replicaStore, n) =>
            replicaStore.acquireLease('indexer', `replica-${String(n)}`, 5000, 10_000),
          ),
        );
        expect(won.filter(Boolean)).toHaveLength(1);
      } finally {
        await Promise.all(replicas.map((replica) => replica.close()));
      }
    });

    it('shares one index between connections (replicas)', async () => {
      const other = test.reopen();
      try {
        await store.record([snapshot({ id: 'cthr_shared', status: 'locked' })], NOV_1);
        expect(await createThreadIndexStore(other).get('cthr_shared')).toMatchObject({
          status: 'locked',
        });
      } finally {
        await other.close();
      }
    });
  });
}
