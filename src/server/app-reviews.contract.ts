import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AgentBody,
  ReviewConflictBody,
  ReviewOverviewBody,
  ReviewResponse,
  ReviewsPage,
} from '@/shared/api-contract';
import { createApp } from './app';
import type { AccessOptions } from './auth/access';
import { capturedLogs, read, standInThreads } from './app-test-harness';
import type { TestDatabase } from './db/test-databases';
import { createThreadIndexStore, type IndexQuery } from './db/thread-index-store';
import type { StandInRequest } from './demo/stand-in-api';
import { startReviews, type Reviews } from './reviews/reviews';

const THREAD = 'cthr_demo_refund_duplicate';
const REVIEW = `/api/threads/${THREAD}/review`;
const WRITE = { 'X-Threadline-Write': '1', 'Content-Type': 'application/json' };

interface AppOptions {
  access?: AccessOptions;
  writeRateLimitPerMinute?: number;
  reviewOutcomes?: string[];
  /** Sees every request that reaches the stand-in upstream. */
  onUpstreamRequest?: (request: StandInRequest) => void;
}

/** An agent's browser: keeps the cookies the app sets, sends them back. */
function browser(app: ReturnType<typeof createApp>, headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  return async (path: string, init: RequestInit = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await app.request(path, {
      ...init,
      headers: {
        ...headers,
        ...(cookie ? { Cookie: cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    return read(response);
  };
}

const put = (
  body: unknown,
  version: number | string | undefined,
  extra: Record<string, string> = {},
) => ({
  method: 'PUT',
  headers: {
    ...WRITE,
    ...(version !== undefined && {
      'If-Match': typeof version === 'number' ? `"${version}"` : version,
    }),
    ...extra,
  },
  body: JSON.stringify(body),
});

const claim = (name: string) => ({ state: 'in_review', claimed_by: name, outcome: null, note: '' });

/**
 * The review API over a real database: identity, optimistic concurrency, flags, lists, export and
 * every write protection. Run on SQLite and on PostgreSQL.
 */
export function describeReviewApi(kind: string, open: () => TestDatabase | Promise<TestDatabase>) {
  describe(`review API on ${kind}`, () => {
    let test: TestDatabase;
    const started: Reviews[] = [];

    beforeEach(async () => {
      test = await open();
    });
    afterEach(async () => {
      for (const reviews of started.splice(0)) reviews.close();
      await test.drop();
    });

    async function appOn(database = test.database, options: AppOptions = {}) {
      const { reviews, ready } = startReviews({ database, logger: capturedLogs.logger });
      started.push(reviews);
      await ready;
      return createApp({
        threads: standInThreads(options.onUpstreamRequest),
        mode: 'live',
        logger: capturedLogs.logger,
        reviews,
        access: options.access,
        writeRateLimitPerMinute: options.writeRateLimitPerMinute,
        reviewOutcomes: options.reviewOutcomes,
      });
    }

    async function namedAgent(name: string, app?: ReturnType<typeof createApp>) {
      const agent = browser(app ?? (await appOn()));
      const named = await agent('/api/me', put({ name }, undefined));
      expect(named.status).toBe(200);
      return agent;
    }

    it('answers an empty unreviewed review, version 0, for a thread nobody reviewed', async () => {
      const agent = browser(await appOn());
      const res = await agent(REVIEW);
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe('"0"');
      expect((res.json as ReviewResponse).review).toMatchObject({
        thread_id: THREAD,
        state: 'unreviewed',
        version: 0,
        flags: [],
      });
      const again = await agent(REVIEW, { headers: { 'If-None-Match': '"0"' } });
      expect(again.status).toBe(304);
    });

    it('refuses a write from an agent without a name, saying how to give one', async () => {
      const agent = browser(await appOn());
      const res = await agent(REVIEW, put(claim('ana'), 0));
      expect(res.status).toBe(403);
      expect(res.json).toMatchObject({ error: { code: 'name_required' } });
      expect((res.json as ReviewConflictBody).error.message).toMatch(/Your name/);
      const me = await agent('/api/me', put({ name: '  Ana\u202e Lima \u0000' }, undefined));
      expect(me.json).toMatchObject({ name: 'Ana Lima', source: 'cookie', can_change_name: true });
      expect(me.headers.get('set-cookie')).toMatch(/threadline_name=.*HttpOnly.*SameSite=Strict/i);
      expect((await agent(REVIEW, put(claim('Ana Lima'), 0))).status).toBe(200);
    });

    it('refuses a name cookie it did not sign', async () => {
      const app = await appOn();
      const forged = browser(app, { Cookie: 'threadline_name=QWRtaW4.' + 'A'.repeat(43) });
      expect(((await forged('/api/me')).json as AgentBody).name).toBeNull();
    });

    it('claims, then saves outcome and note, each change in the history with who and when', async () => {
      const ana = await namedAgent('ana');
      const claimed = await ana(REVIEW, put(claim('ana'), 0));
      expect(claimed.status).toBe(200);
      expect(claimed.headers.get('etag')).toBe('"1"');
      const done = await ana(
        REVIEW,
        put(
          { state: 'done', claimed_by: null, outcome: 'bot error', note: 'Quoted the old policy.' },
          1,
        ),
      );
      expect(done.status).toBe(200);
      const body = done.json as ReviewResponse;
      expect(body.review).toMatchObject({
        state: 'done',
        outcome: 'bot error',
        version: 2,
        updated_by: 'ana',
      });
      expect(body.history.map((event) => [event.field, event.from, event.to, event.agent])).toEqual(
        [
          ['state', 'unreviewed', 'in_review', 'ana'],
          ['claimed_by', null, 'ana', 'ana'],
          ['state', 'in_review', 'done', 'ana'],
          ['claimed_by', 'ana', null, 'ana'],
          ['outcome', null, 'bot error', 'ana'],
          ['note', '', 'Quoted the old policy.', 'ana'],
        ],
      );
    });

    it('lets exactly one of two agents saving the same version win; the other gets 409 with the review as it is', async () => {
      const app = await appOn();
      const ana = await namedAgent('ana', app);
      const ben = await namedAgent('ben', app);
      const results = await Promise.all([
        ana(REVIEW, put(claim('ana'), 0)),
        ben(REVIEW, put(claim('ben'), 0)),
        ana(REVIEW, put({ ...claim('ana'), note: 'mine' }, 0)),
        ben(REVIEW, put({ ...claim('ben'), note: 'mine too' }, 0)),
      ]);
      const statuses = results.map((res) => res.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409]);
      const winner = results.find((res) => res.status === 200)?.json as ReviewResponse;
      for (const lost of results.filter((res) => res.status === 409)) {
        const conflict = lost.json as ReviewConflictBody;
        expect(conflict.error.code).toBe('review_conflict');
        expect(conflict.review).toEqual(winner.review);
      }
      // Nothing merged: the review is exactly the winner's, and its history has one claim.
      const now = (await ana(REVIEW)).json as ReviewResponse;
      expect(now.review).toEqual(winner.review);
      expect(now.history.filter((event) => event.field === 'state')).toHaveLength(1);
    });

    it('needs If-Match, and a stale one is a conflict', async () => {
      const ana = await namedAgent('ana');
      expect((await ana(REVIEW, put(claim('ana'), undefined))).status).toBe(428);
      expect((await ana(REVIEW, put(claim('ana'), 'v1'))).status).toBe(400);
      expect((await ana(REVIEW, put(claim('ana'), 0))).status).toBe(200);
      const stale = await ana(REVIEW, put({ ...claim('ana'), note: 'late' }, 0));
      expect(stale.status).toBe(409);
      expect(stale.headers.get('etag')).toBe('"1"');
    });

    it('validates a review and says what is wrong, with our codes', async () => {
      const ana = await namedAgent('ana');
      const cases: [unknown, RegExp][] = [
        [{ state: 'maybe', claimed_by: null, outcome: null, note: '' }, /A review is/],
        [{ state: 'in_review', claimed_by: null, outcome: null, note: '' }, /claimed by someone/],
        [{ state: 'done', claimed_by: 'ana', outcome: null, note: '' }, /Only a review in review/],
        [{ state: 'done', claimed_by: null, outcome: 'great', note: '' }, /outcome must be one of/],
      ];
      for (const [body, message] of cases) {
        const res = await ana(REVIEW, put(body, 0));
        expect(res.status).toBe(400);
        expect(res.json).toMatchObject({ error: { code: 'invalid_review', message } });
      }
      const notJson = await ana(REVIEW, { ...put({}, 0), body: '{"state":' });
      expect(notJson.json).toMatchObject({ error: { code: 'invalid_request' } });
    });

    it('keeps an outcome taken off the list on the reviews that have it, and offers it to no other', async () => {
      const before = await namedAgent(
        'ana',
        await appOn(test.database, { reviewOutcomes: ['spam', 'other'] }),
      );
      const done = { state: 'done', claimed_by: null, outcome: 'spam', note: '' };
      expect((await before(REVIEW, put(done, 0))).status).toBe(200);
      // The team drops "spam" from THREADLINE_REVIEW_OUTCOMES and restarts.
      const after = await namedAgent(
        'ana',
        await appOn(test.database, { reviewOutcomes: ['other'] }),
      );
      const noteAdded = await after(REVIEW, put({ ...done, note: 'Still spam.' }, 1));
      expect(noteAdded.status).toBe(200);
      expect(noteAdded.json).toMatchObject({ review: { outcome: 'spam', note: 'Still spam.' } });
      const other = '/api/threads/cthr_demo_locked_noreason/review';
      const refused = await after(other, put(done, 0));
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({
        error: { code: 'invalid_review', message: 'The outcome must be one of: other.' },
      });
    });

    it('refuses an oversized note with 413, and a body far too large before reading it', async () => {
      const ana = await namedAgent('ana');
      const long = await ana(
        REVIEW,
        put({ state: 'done', claimed_by: null, outcome: null, note: 'x'.repeat(10_001) }, 0),
      );
      expect(long.status).toBe(413);
      expect(long.json).toMatchObject({
        error: { code: 'payload_too_large', message: /10,001 characters/ },
      });
      const huge = await ana(REVIEW, put({ note: 'x'.repeat(300_000) }, 0));
      expect(huge.status).toBe(413);
      expect((await ana(REVIEW)).json).toMatchObject({ review: { version: 0 } });
    });

    it('keeps a hostile note byte for byte, as data', async () => {
      const ana = await namedAgent('ana');
      const note =
        '<img src=x onerror=alert(1)> [x](javascript:alert(1)) =HYPERLINK("http://evil")';
      const res = await ana(
        REVIEW,
        put({ state: 'done', claimed_by: null, outcome: 'other', note }, 0),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect((res.json as ReviewResponse).review.note).toBe(note);
    });

    it('refuses writes from another site, and writes without our header', async () => {
      const ana = await namedAgent('ana');
      const crossSite = await ana(REVIEW, put(claim('ana'), 0, { 'Sec-Fetch-Site': 'cross-site' }));
      expect(crossSite.status).toBe(403);
      expect(crossSite.json).toMatchObject({ error: { code: 'forbidden_origin' } });
      const foreignOrigin = await ana(
        REVIEW,
        put(claim('ana'), 0, { Origin: 'https://evil.example' }),
      );
      expect(foreignOrigin.status).toBe(403);
      const form = await ana(REVIEW, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' },
        body: JSON.stringify(claim('ana')),
      });
      expect(form.status).toBe(403);
      expect(form.json).toMatchObject({ error: { code: 'write_header_missing' } });
      expect((await ana(REVIEW)).json).toMatchObject({ review: { version: 0 } });
    });

    it('refuses a review of a thread that does not exist, and a malformed ID', async () => {
      const ana = await namedAgent('ana');
      const missing = await ana('/api/threads/cthr_nope_nope/review', put(claim('ana'), 0));
      expect(missing.status).toBe(404);
      expect(missing.json).toMatchObject({ error: { code: 'thread_not_found' } });
      expect((await ana('/api/threads/nope/review')).status).toBe(400);
    });

    it('asks OpenAI whether a thread exists before its first review only', async () => {
      const upstream: string[] = [];
      const app = await appOn(test.database, {
        onUpstreamRequest: ({ method, path }) => upstream.push(`${method} ${path}`),
      });
      const ana = await namedAgent('ana', app);
      expect((await ana(REVIEW, put(claim('ana'), 0))).status).toBe(200);
      expect(upstream).toEqual([`GET /v1/chatkit/threads/${THREAD}`]);
      // Version 1 exists, so the thread was there: a save need not wait on OpenAI again.
      const done = { state: 'done', claimed_by: null, outcome: 'other', note: 'Checked.' };
      expect((await ana(REVIEW, put(done, 1))).status).toBe(200);
      // A save that only says a version exists proves nothing, and changes nothing.
      const claimed = await ana('/api/threads/cthr_nope_nope/review', put(claim('ana'), 4));
      expect(claimed.status).toBe(409);
      expect(upstream).toHaveLength(1);
    });

    it('adds and removes flags on items; each moves the version and the history', async () => {
      const ana = await namedAgent('ana');
      const post = (body: unknown) =>
        ana(`${REVIEW}/flags`, { method: 'POST', headers: WRITE, body: JSON.stringify(body) });
      const added = await post({
        item_id: 'cthi_refund_2',
        kind: 'wrong',
        comment: 'Promised a refund  it cannot give',
      });
      expect(added.status).toBe(201);
      const review = (added.json as ReviewResponse).review;
      expect(review.flags).toEqual([
        expect.objectContaining({
          item_id: 'cthi_refund_2',
          kind: 'wrong',
          comment: 'Promised a refund it cannot give',
          created_by: 'ana',
        }),
      ]);
      expect(review.version).toBe(1);
      expect((await post({ item_id: 'x y', kind: 'wrong' })).status).toBe(400);
      expect((await post({ item_id: 'cthi_1', kind: 'meh' })).status).toBe(400);
      const flagId = review.flags[0]?.id ?? '';
      const removed = await ana(`${REVIEW}/flags/${flagId}`, { method: 'DELETE', headers: WRITE });
      expect(removed.status).toBe(200);
      expect((removed.json as ReviewResponse).review.flags).toEqual([]);
      expect(
        (removed.json as ReviewResponse).history.map((e) => [
          e.field,
          e.from === null,
          e.to === null,
        ]),
      ).toEqual([
        ['flag', true, false],
        ['flag', false, true],
      ]);
      const again = await ana(`${REVIEW}/flags/${flagId}`, { method: 'DELETE', headers: WRITE });
      expect(again.status).toBe(404);
      expect(again.json).toMatchObject({ error: { code: 'flag_not_found' } });
    });

    it('lists reviews by state, outcome and agent in keyset pages, and exports them', async () => {
      const app = await appOn();
      const ana = await namedAgent('ana', app);
      const ben = await namedAgent('ben', app);
      const ids = ['cthr_demo_refund_duplicate', 'cthr_demo_attachments', 'cthr_demo_hostile'];
      await ana(
        `/api/threads/${ids[0]}/review`,
        put({ state: 'done', claimed_by: null, outcome: 'bot error', note: '=1+1' }, 0),
      );
      await ben(`/api/threads/${ids[1]}/review`, put(claim('ben'), 0));
      await ana(
        `/api/threads/${ids[2]}/review`,
        put(
          {
            state: 'done',
            claimed_by: null,
            outcome: 'policy',
            note: 'line one\nline "two", three',
          },
          0,
        ),
      );
      const first = (await ana('/api/reviews?limit=2')).json as ReviewsPage;
      expect(first.data).toHaveLength(2);
      expect(first.next).not.toBeNull();
      const rest = (await ana(`/api/reviews?limit=2&after=${first.next ?? ''}`))
        .json as ReviewsPage;
      expect(new Set([...first.data, ...rest.data].map((r) => r.thread_id))).toEqual(new Set(ids));
      const done = (await ana('/api/reviews?state=done&outcome=bot%20error')).json as ReviewsPage;
      expect(done.data.map((r) => r.thread_id)).toEqual([ids[0]]);
      const bens = (await ana('/api/reviews?agent=ben')).json as ReviewsPage;
      expect(bens.data.map((r) => [r.thread_id, r.state, r.claimed_by])).toEqual([
        [ids[1], 'in_review', 'ben'],
      ]);
      expect((await ana('/api/reviews?state=nope')).status).toBe(400);

      const csv = await ana('/api/reviews/export?format=csv&state=done');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toMatch(
        /attachment; filename="threadline-reviews-\d{4}-\d{2}-\d{2}\.csv"/,
      );
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe(
        'thread_id,title,thread_status,status_reason,user,review_state,claimed_by,claimed_at,outcome,note,flags,updated_by,updated_at',
      );
      // A formula is written as text, and a note with quotes and a line break stays one cell.
      expect(csv.text).toContain(`'=1+1`);
      expect(csv.text).toContain('"line one\nline ""two"", three"');
      const json = await ana('/api/reviews/export?format=json');
      expect((json.json as unknown[]).length).toBe(3);
      expect((await ana('/api/reviews/export?format=xml')).status).toBe(400);
    });

    it('gives the dashboard locked threads by review state and done reviews per week, and filters the index by review', async () => {
      const app = await appOn();
      const ana = await namedAgent('ana', app);
      const index = createThreadIndexStore(test.database);
      const t = Math.floor(Date.now() / 1000);
      const locked = (id: string) => ({
        id,
        createdAt: t - 100,
        status: 'locked' as const,
        reason: 'Escalated',
        title: id,
        user: 'u',
      });
      await index.record(
        [
          'cthr_demo_refund_duplicate',
          'cthr_demo_attachments',
          'cthr_demo_hostile',
          'cthr_demo_live_chat',
        ].map(locked),
        t,
      );
      await ana(
        REVIEW,
        put({ state: 'done', claimed_by: null, outcome: 'bot error', note: '' }, 0),
      );
      await ana(
        '/api/threads/cthr_demo_attachments/review',
        put({ state: 'done', claimed_by: null, outcome: 'policy', note: '' }, 0),
      );
      await ana('/api/threads/cthr_demo_hostile/review', put(claim('ana'), 0));
      const overview = (await ana('/api/reviews/overview?weeks=4')).json as ReviewOverviewBody;
      expect(overview.locked_by_state).toEqual({ unreviewed: 1, in_review: 1, done: 2 });
      expect(overview.weeks).toHaveLength(4);
      expect(overview.weeks.at(-1)).toMatchObject({
        done: 2,
        outcomes: { 'bot error': 1, policy: 1 },
        bot_error_rate: 0.5,
      });
      expect(overview.weeks[0]?.bot_error_rate).toBeNull();
      expect(overview.bot_error_rate).toBe(0.5);
      expect((await ana('/api/reviews/overview?weeks=99')).status).toBe(400);

      const ids = async (filter: Partial<IndexQuery>) =>
        (await index.query({ sort: 'newest', limit: 10, ...filter })).threads
          .map((thread) => thread.id)
          .sort();
      expect(await ids({ reviewState: 'done' })).toEqual([
        'cthr_demo_attachments',
        'cthr_demo_refund_duplicate',
      ]);
      expect(await ids({ reviewState: 'unreviewed' })).toEqual(['cthr_demo_live_chat']);
      expect(await ids({ reviewState: 'in_review', claimedBy: 'ana' })).toEqual([
        'cthr_demo_hostile',
      ]);
      expect(await ids({ claimedBy: 'ben' })).toEqual([]);
      const counted = await index.query({ sort: 'newest', limit: 1, reviewState: 'done' });
      expect(counted.counts.locked).toBe(2);
    });

    it('shares reviews between replicas: written through one, read through another', async () => {
      const one = await namedAgent('ana', await appOn(test.database));
      const other = test.reopen();
      try {
        const two = browser(await appOn(other));
        expect(
          (await one(REVIEW, put({ ...claim('ana'), note: 'from replica one' }, 0))).status,
        ).toBe(200);
        expect(((await two(REVIEW)).json as ReviewResponse).review).toMatchObject({
          claimed_by: 'ana',
          note: 'from replica one',
          version: 1,
        });
      } finally {
        await other.close();
      }
    });

    it('writes one review_changed audit line per write, with field names and never the note', async () => {
      const ana = await namedAgent('ana');
      const before = capturedLogs.lines.length;
      await ana(
        REVIEW,
        put(
          { state: 'done', claimed_by: null, outcome: 'policy', note: 'customer phone 555-0100' },
          0,
        ),
      );
      await ana(REVIEW, put(claim('ana'), 0));
      const lines = capturedLogs.lines
        .slice(before)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const audit = lines.filter((line) => line.event === 'review_changed');
      expect(audit).toEqual([
        expect.objectContaining({
          agent: 'ana',
          threadId: THREAD,
          outcome: 'ok',
          status: 200,
          version: 1,
          fields: ['state', 'outcome', 'note'],
        }),
        expect.objectContaining({
          agent: 'ana',
          outcome: 'review_conflict',
          status: 409,
          version: 1,
        }),
      ]);
      expect(capturedLogs.lines.slice(before).join('\n')).not.toContain('555-0100');
    });

    it('rate-limits writes per agent', async () => {
      const app = await appOn(test.database, {
        writeRateLimitPerMinute: 2,
        access: { trustedUserHeader: 'X-Forwarded-Email' },
      });
      const ana = browser(app, { 'X-Forwarded-Email': 'ana@example.com' });
      expect((await ana(REVIEW, put(claim('ana@example.com'), 0))).status).toBe(200);
      expect(
        (
          await ana(
            REVIEW,
            put({ state: 'unreviewed', claimed_by: null, outcome: null, note: '' }, 1),
          )
        ).status,
      ).toBe(200);
      const limited = await ana(REVIEW, put(claim('ana@example.com'), 2));
      expect(limited.status).toBe(429);
      expect(limited.json).toMatchObject({ error: { code: 'rate_limited' } });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('behind SSO records the proxy identity, and the name cannot be changed', async () => {
      const app = await appOn(test.database, {
        access: { trustedUserHeader: 'X-Forwarded-Email' },
      });
      const ana = browser(app, { 'X-Forwarded-Email': 'ana@example.com' });
      expect((await ana('/api/me')).json).toMatchObject({
        name: 'ana@example.com',
        source: 'sso',
        can_change_name: false,
      });
      const rename = await ana('/api/me', put({ name: 'Boss' }, undefined));
      expect(rename.status).toBe(409);
      expect(rename.json).toMatchObject({ error: { code: 'name_from_sso' } });
      const saved = await ana(REVIEW, put(claim('ana@example.com'), 0));
      expect((saved.json as ReviewResponse).review.updated_by).toBe('ana@example.com');
    });

    it('with the access token keeps the name in the signed session cookie', async () => {
      const token = 'tl-review-token-0123456789';
      const app = await appOn(test.database, { access: { accessToken: token } });
      const ana = browser(app);
      const signIn = await ana('/sign-in', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Sec-Fetch-Site': 'same-origin',
        },
        body: `token=${token}`,
      });
      expect(signIn.status).toBe(303);
      expect((await ana('/api/me')).json).toMatchObject({ name: null, source: 'session' });
      const named = await ana('/api/me', put({ name: 'Ana' }, undefined));
      expect(named.headers.get('set-cookie')).toMatch(/threadline_session=v2\./);
      expect((await ana('/api/me')).json).toMatchObject({ name: 'Ana', source: 'session' });
      expect((await ana(REVIEW, put(claim('Ana'), 0))).status).toBe(200);
    });

    it('answers 503 reviews_unavailable, not 500, when the database fails', async () => {
      const ana = await namedAgent('ana');
      await test.database.close();
      const res = await ana(REVIEW);
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ error: { code: 'reviews_unavailable' } });
    });
  });
}
