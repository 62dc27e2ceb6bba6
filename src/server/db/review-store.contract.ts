import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from './database';
import { createReviewStore, type ReviewFields, type ReviewStore } from './review-store';
import type { TestDatabase } from './test-databases';

const T = 1_796_000_000;
const THREAD = 'cthr_review_1';

const claim = (agent: string): ReviewFields => ({
  state: 'in_review',
  claimedBy: agent,
  outcome: null,
  note: '',
});

/**
 * What every review store must do, run against each real database (never a mock):
 * review-store.sqlite.test.ts and review-store.postgres.test.ts.
 */
export function describeReviewStore(name: string, open: () => Promise<TestDatabase>) {
  describe(`review store on ${name}`, () => {
    let test: TestDatabase;
    let store: ReviewStore;

    beforeEach(async () => {
      test = await open();
      await migrateToLatest(test.database);
      store = createReviewStore(test.database);
    });
    afterEach(async () => {
      await test.drop();
    });

    it('answers an empty unreviewed review, version 0, for a thread nobody touched', async () => {
      expect(await store.get(THREAD)).toMatchObject({
        threadId: THREAD,
        state: 'unreviewed',
        claimedBy: null,
        outcome: null,
        note: '',
        version: 0,
        flags: [],
      });
      expect(await store.history(THREAD)).toEqual([]);
      expect(await store.getWithHistory(THREAD)).toMatchObject({
        review: { version: 0 },
        history: [],
      });
      expect(await store.version(THREAD)).toBe(0);
    });

    it('claims, records outcome and note, marks done: each save one version, each change in history', async () => {
      const claimed = await store.save(THREAD, claim('ana'), 0, 'ana', T);
      expect(claimed).toMatchObject({
        saved: true,
        review: {
          state: 'in_review',
          claimedBy: 'ana',
          claimedAt: T,
          version: 1,
          updatedBy: 'ana',
        },
      });
      const note =
        'Refund issued by hand; the bot quoted the old policy. See https://example.com/p';
      const done = await store.save(
        THREAD,
        { state: 'done', claimedBy: 'ana', outcome: 'bot error', note },
        1,
        'ana',
        T + 60,
      );
      expect(done).toMatchObject({
        saved: true,
        review: { state: 'done', outcome: 'bot error', note, version: 2, claimedAt: T },
      });
      const history = await store.history(THREAD);
      expect(history.map(({ field, from, to, agent }) => [field, from, to, agent])).toEqual([
        ['state', 'unreviewed', 'in_review', 'ana'],
        ['claimed_by', null, 'ana', 'ana'],
        ['state', 'in_review', 'done', 'ana'],
        ['outcome', null, 'bot error', 'ana'],
        ['note', '', note, 'ana'],
      ]);
      expect(history.map((event) => event.at)).toEqual([T, T, T + 60, T + 60, T + 60]);
      // What a save answers is what was stored, its history included: nothing is read back.
      if (!done.saved) throw new Error('the save was refused');
      expect(done.review).toEqual(await store.get(THREAD));
      expect(done.history).toEqual(history);
      expect(done.changed).toEqual(['state', 'outcome', 'note']);
      expect(await store.getWithHistory(THREAD)).toEqual({ review: done.review, history });
      expect(await store.version(THREAD)).toBe(2);
    });

    it('refuses a save from a stale version and hands back the current review, changing nothing', async () => {
      await store.save(THREAD, claim('ana'), 0, 'ana', T);
      const stale = await store.save(THREAD, claim('ben'), 0, 'ben', T + 1);
      expect(stale).toMatchObject({
        saved: false,
        current: { claimedBy: 'ana', version: 1 },
      });
      expect((await store.get(THREAD)).claimedBy).toBe('ana');
      expect(await store.history(THREAD)).toHaveLength(2);
    });

    it('hands a claim over with a new claim time, and releases it', async () => {
      await store.save(THREAD, claim('ana'), 0, 'ana', T);
      const handed = await store.save(THREAD, claim('ben'), 1, 'ana', T + 30);
      expect(handed).toMatchObject({
        saved: true,
        review: { claimedBy: 'ben', claimedAt: T + 30 },
      });
      const released = await store.save(
        THREAD,
        { state: 'unreviewed', claimedBy: null, outcome: null, note: '' },
        2,
        'ben',
        T + 40,
      );
      expect(released).toMatchObject({ saved: true, review: { claimedBy: null, claimedAt: null } });
    });

    it('lets exactly one of many agents saving the same version at once win', async () => {
      const agents = ['ana', 'ben', 'chen', 'dara', 'eli', 'fay'];
      // As the server runs them: on PostgreSQL, separate connections of a pool (or replicas);
      // on SQLite, concurrent requests on the process's one connection.
      const shared = test.database.kind === 'sqlite';
      const others = shared ? [] : agents.map(() => test.reopen());
      try {
        const results = await Promise.all(
          agents.map((agent, i) =>
            createReviewStore(others[i] ?? test.database).save(THREAD, claim(agent), 0, agent, T),
          ),
        );
        const winners = results.filter((result) => result.saved);
        expect(winners).toHaveLength(1);
        const review = await store.get(THREAD);
        expect(review.version).toBe(1);
        expect(agents).toContain(review.claimedBy);
        for (const result of results)
          if (!result.saved) expect(result.current.claimedBy).toBe(review.claimedBy);
        expect(await store.history(THREAD)).toHaveLength(2);
      } finally {
        await Promise.all(others.map((database) => database.close()));
      }
    });

    it('keeps flags on items, each one a version and a history line, and removes them', async () => {
      const { flag, review } = await store.addFlag(
        THREAD,
        { itemId: 'cthi_7', kind: 'wrong', comment: 'Quoted the 2024 refund policy' },
        'ana',
        T,
      );
      expect(flag).toMatchObject({ itemId: 'cthi_7', kind: 'wrong', createdBy: 'ana' });
      expect(review).toMatchObject({ state: 'unreviewed', version: 1, flags: [flag] });
      const second = await store.addFlag(
        THREAD,
        { itemId: 'cthi_9', kind: 'good', comment: '' },
        'ben',
        T + 5,
      );
      expect(second.review.flags.map((f) => f.itemId)).toEqual(['cthi_7', 'cthi_9']);
      expect(second.review.version).toBe(2);

      const after = await store.removeFlag(THREAD, flag.id, 'ben', T + 9);
      expect(after?.review.flags.map((f) => f.id)).toEqual([second.flag.id]);
      expect(after?.review.version).toBe(3);
      expect(after?.history).toHaveLength(3);
      expect(await store.removeFlag(THREAD, flag.id, 'ben', T + 10)).toBeNull();
      expect(await store.removeFlag('cthr_other', second.flag.id, 'ben', T + 10)).toBeNull();
      expect((await store.history(THREAD)).map(({ field, from, to }) => [field, from, to])).toEqual(
        [
          ['flag', null, 'wrong on cthi_7: Quoted the 2024 refund policy'],
          ['flag', null, 'good on cthi_9'],
          ['flag', 'wrong on cthi_7: Quoted the 2024 refund policy', null],
        ],
      );
      // A save from before a flag came is stale: flags move the version too.
      expect(await store.save(THREAD, claim('ana'), 2, 'ana', T + 20)).toMatchObject({
        saved: false,
      });
      // A save keeps the flags: the answer carries them as stored.
      const claimed = await store.save(THREAD, claim('ana'), 3, 'ana', T + 30);
      if (!claimed.saved) throw new Error('the save was refused');
      expect(claimed.review).toMatchObject({ version: 4, flags: [second.flag] });
      expect(claimed.review).toEqual(await store.get(THREAD));
    });

    it('stores hostile text exactly as given, as data', async () => {
      const note = `'); DROP TABLE review; -- <script>alert(1)</script> ${'é'.repeat(10)} \u202e`;
      await store.save(THREAD, { ...claim('ana'), note }, 0, "o'brien", T);
      expect(await store.get(THREAD)).toMatchObject({ note, updatedBy: "o'brien" });
    });

    it('lists reviews by state, outcome and agent, newest change first, in keyset pages', async () => {
      for (let i = 0; i < 5; i++) {
        const thread = `cthr_list_${String(i)}`;
        await store.save(thread, claim(i % 2 ? 'ana' : 'ben'), 0, 'ana', T + i);
        if (i < 2)
          await store.save(
            thread,
            { state: 'done', claimedBy: null, outcome: 'duplicate', note: '' },
            1,
            'ben',
            T + 10 + i,
          );
      }
      const all = await store.list({}, 2);
      expect(all.reviews.map((r) => r.threadId)).toEqual(['cthr_list_1', 'cthr_list_0']);
      const rest = await store.list({}, 10, all.next ?? undefined);
      expect(rest.reviews.map((r) => r.threadId)).toEqual([
        'cthr_list_4',
        'cthr_list_3',
        'cthr_list_2',
      ]);
      expect(rest.next).toBeNull();
      expect((await store.list({ state: 'done' }, 10)).reviews).toHaveLength(2);
      expect((await store.list({ outcome: 'duplicate' }, 10)).reviews).toHaveLength(2);
      expect(
        (await store.list({ state: 'in_review', agent: 'ben' }, 10)).reviews.map((r) => r.threadId),
      ).toEqual(['cthr_list_4', 'cthr_list_2']);
      expect((await store.list({ from: T + 3, to: T + 4 }, 10)).reviews).toHaveLength(2);
      const some = await store.getMany(['cthr_list_0', 'cthr_list_3', 'cthr_never']);
      expect([...some.keys()].sort()).toEqual(['cthr_list_0', 'cthr_list_3']);
    });

    it('survives a new connection: what was acknowledged is there', async () => {
      await store.save(THREAD, claim('ana'), 0, 'ana', T);
      const again = test.reopen();
      try {
        expect(await createReviewStore(again).get(THREAD)).toMatchObject({
          claimedBy: 'ana',
          version: 1,
        });
      } finally {
        await again.close();
      }
    });
  });
}
