import { Hono, type Context } from 'hono';
import { NotFoundError } from 'openai';
import {
  type AgentBody,
  type ReviewConflictBody,
  type ReviewOverviewBody,
  type ReviewResponse,
  type ReviewsPage,
} from '@/shared/api-contract';
import { isThreadId } from '@/shared/thread-id';
import type { Access } from '@/server/auth/access';
import { cleanAgentName, isAcceptableName } from '@/server/auth/agent-name';
import type { ReviewOverview, ReviewRecord, ReviewStore } from '@/server/db/review-store';
import { databaseGuard } from '@/server/http/database-guard';
import { ApiProblem, MESSAGES } from '@/server/http/api-errors';
import type { AppEnv } from '@/server/http/app-env';
import { auditReviewChanges } from '@/server/http/audit-log';
import type { ClientAddressResolver } from '@/server/http/client-address';
import { readJson, writeGuard } from '@/server/http/write-guard';
import type { ThreadIndex } from '@/server/indexer/thread-index';
import type { Logger } from '@/server/logger';
import type { Reviews } from '@/server/reviews/reviews';
import {
  etagOf,
  eventBody,
  listEntryBody,
  readFlagCreate,
  readIfMatch,
  readReviewUpdate,
  refuseRetiredOutcome,
  reviewBody,
} from '@/server/reviews/review-body';
import {
  exportReviews,
  readReviewFilter,
  decodeReviewCursor,
  encodeReviewCursor,
} from '@/server/reviews/review-list';
import { rememberName, reviewerOf } from '@/server/reviews/reviewer';
import type { ThreadsService } from '@/server/threads/threads-service';

export interface ReviewRoutesDeps {
  reviews: Reviews | undefined;
  threads: ThreadsService;
  /** The thread index, when on: a thread it holds exists without asking OpenAI. */
  index?: ThreadIndex | undefined;
  access: Access;
  nameKey: Buffer;
  outcomes: readonly string[];
  logger: Logger;
  clientAddress: ClientAddressResolver;
  /** Writes per minute per agent (THREADLINE_WRITE_RATE_LIMIT); 0: no limit. */
  writeRateLimitPerMinute: number;
  now?: () => number;
}

const LIST_LIMIT_DEFAULT = 50;
const LIST_LIMIT_MAX = 100;

const NAME_REQUIRED =
  'Give your name before changing reviews: Threadline records who made each change. Set it under "Your name" (PUT /api/me).';

/**
 * Reviews (issue 13), in our own database; upstream stays read-only. Reads: GET a thread's
 * review (ETag, If-None-Match), GET /api/reviews (keyset pages) and its export. Writes: PUT the
 * review (If-Match, 409 review_conflict), POST and DELETE flags, PUT /api/me (the agent's name).
 * Every write passes writeGuard and leaves a `review_changed` audit line.
 */
export function reviewRoutes(deps: ReviewRoutesDeps) {
  const { threads, access, nameKey, outcomes, logger, clientAddress } = deps;
  const now = () => Math.floor((deps.now ?? Date.now)() / 1000);
  const guard = writeGuard({ perMinute: deps.writeRateLimitPerMinute, clientAddress });

  function storeOf(): ReviewStore {
    const store = deps.reviews?.store();
    if (store === undefined) throw unavailable();
    return store;
  }

  function unavailable(): ApiProblem {
    return new ApiProblem(
      503,
      'reviews_unavailable',
      "Reviews are stored in Threadline's database, which cannot be reached right now. Try again in a moment.",
      { 'Retry-After': '10' },
    );
  }

  const guarded = databaseGuard(logger, 'review_query_failed', unavailable);

  function threadIdOf(c: Context<AppEnv>): string {
    const threadId = c.req.param('threadId');
    if (threadId === undefined || !isThreadId(threadId))
      throw new ApiProblem(400, 'invalid_thread_id', MESSAGES.invalidThreadId);
    c.set('errorContext', { threadId });
    return threadId;
  }

  /** The name every write is recorded under; none yet is a 403 that says how to give one. */
  function writerOf(c: Context<AppEnv>): string {
    const reviewer = reviewerOf(c, access, nameKey);
    c.set('reviewChange', { reviewer: reviewer.name });
    if (reviewer.name === null) throw new ApiProblem(403, 'name_required', NAME_REQUIRED);
    return reviewer.name;
  }

  /**
   * Refuses reviews of threads that do not exist. A thread with a review already (a save of
   * version 1 or later; a save that only claims so is a 409) or in the index was seen upstream:
   * asking OpenAI again would add its 200–400 ms to the save. Otherwise only a definite "not
   * found" refuses: when OpenAI is slow or down, agents can still record what they decided.
   */
  async function requireThread(
    c: Context<AppEnv>,
    threadId: string,
    reviewed = false,
  ): Promise<void> {
    if (reviewed) return;
    const indexed = await deps.index
      ?.store()
      ?.get(threadId)
      .catch(() => null);
    if (indexed) return;
    try {
      await threads.getThread(threadId, { signal: c.req.raw.signal });
    } catch (error) {
      if (error instanceof NotFoundError) throw error;
    }
  }

  /** The review and its history as the store answered them (a write: from its transaction). */
  function answer(c: Context<AppEnv>, { review, history }: ReviewRecord, status: 200 | 201 = 200) {
    const body: ReviewResponse = { review: reviewBody(review), history: history.map(eventBody) };
    c.header('ETag', etagOf(review.version));
    return c.json(body, status);
  }

  const app = new Hono<AppEnv>();
  const REVIEW_PATH = '/threads/:threadId/review';
  const FLAGS_PATH = `${REVIEW_PATH}/flags`;
  const FLAG_PATH = `${FLAGS_PATH}/:flagId`;
  // Exact paths, each once: a pattern ending in /* would match its parent too, and count a
  // write twice against the rate limit.
  app.use(REVIEW_PATH, auditReviewChanges(logger, clientAddress, 'review'));
  app.use(FLAGS_PATH, auditReviewChanges(logger, clientAddress, 'flag'));
  app.use(FLAG_PATH, auditReviewChanges(logger, clientAddress, 'flag'));
  app.use('/me', auditReviewChanges(logger, clientAddress, 'name'));
  app.on(['PUT', 'POST', 'DELETE', 'PATCH'], [REVIEW_PATH, FLAGS_PATH, FLAG_PATH, '/me'], ...guard);

  app.get('/me', (c) => {
    const reviewer = reviewerOf(c, access, nameKey);
    const body: AgentBody = {
      name: reviewer.name,
      source: reviewer.source,
      can_change_name: reviewer.canChangeName,
      outcomes: [...outcomes],
    };
    return c.json(body);
  });

  app.put('/me', async (c) => {
    const reviewer = reviewerOf(c, access, nameKey);
    c.set('reviewChange', { reviewer: reviewer.name, fields: ['name'] });
    if (!reviewer.canChangeName)
      throw new ApiProblem(
        409,
        'name_from_sso',
        'Your name comes from your single sign-on; Threadline records changes under it.',
      );
    const body = await readJson(c, 'your name');
    const name = cleanAgentName((body as { name?: unknown } | null)?.name);
    if (name === null)
      throw new ApiProblem(400, 'invalid_review', 'Give a name: it cannot be empty.');
    if (!isAcceptableName(name))
      throw new ApiProblem(400, 'invalid_review', 'Keep your name to 64 characters or fewer.');
    rememberName(c, access, nameKey, name);
    c.set('reviewChange', { reviewer: name, fields: ['name'] });
    const answer: AgentBody = {
      name,
      source: reviewer.source,
      can_change_name: true,
      outcomes: [...outcomes],
    };
    return c.json(answer);
  });

  app.get(REVIEW_PATH, async (c) => {
    const threadId = threadIdOf(c);
    const store = storeOf();
    const seen = c.req.header('if-none-match');
    return guarded(c, async () => {
      // Polled every 15 s by every open thread page: unchanged is one query and a few bytes.
      if (seen !== undefined) {
        const etag = etagOf(await store.version(threadId));
        if (seen === etag) {
          c.header('ETag', etag);
          return c.body(null, 304);
        }
      }
      return answer(c, await store.getWithHistory(threadId));
    });
  });

  app.put(REVIEW_PATH, async (c) => {
    const threadId = threadIdOf(c);
    const agent = writerOf(c);
    const expected = readIfMatch(c.req.header('if-match'));
    if (expected === undefined)
      throw new ApiProblem(
        428,
        'precondition_required',
        'Say which version of the review you are changing: send If-Match with its ETag.',
      );
    const store = storeOf();
    const fields = readReviewUpdate(await readJson(c, 'the review'));
    await requireThread(c, threadId, expected > 0);
    return guarded(c, async () => {
      if (fields.outcome !== null && !outcomes.includes(fields.outcome))
        refuseRetiredOutcome(fields.outcome, outcomes, (await store.get(threadId)).outcome);
      const result = await store.save(threadId, fields, expected, agent, now());
      if (!result.saved) {
        const theirs = result.current;
        c.set('reviewChange', { reviewer: agent, version: theirs.version });
        const by = theirs.updatedBy ? ` by ${theirs.updatedBy}` : '';
        const conflict: ReviewConflictBody = {
          error: {
            code: 'review_conflict',
            message: `This review was changed${by} since you opened it (now version ${theirs.version}). Compare, then keep yours or take theirs.`,
            requestId: c.get('requestId'),
          },
          review: reviewBody(theirs),
        };
        c.set('errorCode', 'review_conflict');
        c.header('ETag', etagOf(theirs.version));
        return c.json(conflict, 409);
      }
      c.set('reviewChange', {
        reviewer: agent,
        version: result.review.version,
        fields: result.changed,
      });
      return answer(c, result);
    });
  });

  app.post(FLAGS_PATH, async (c) => {
    const threadId = threadIdOf(c);
    const agent = writerOf(c);
    const store = storeOf();
    const flag = readFlagCreate(await readJson(c, 'the flag'));
    await requireThread(c, threadId);
    return guarded(c, async () => {
      const added = await store.addFlag(
        threadId,
        { itemId: flag.item_id, kind: flag.kind, comment: flag.comment },
        agent,
        now(),
      );
      c.set('reviewChange', { reviewer: agent, version: added.review.version, fields: ['flag'] });
      return answer(c, added, 201);
    });
  });

  app.delete(FLAG_PATH, async (c) => {
    const threadId = threadIdOf(c);
    const agent = writerOf(c);
    const store = storeOf();
    const flagId = c.req.param('flagId');
    return guarded(c, async () => {
      const removed = await store.removeFlag(threadId, flagId, agent, now());
      if (removed === null)
        throw new ApiProblem(404, 'flag_not_found', 'That flag is not on this review any more.');
      c.set('reviewChange', { reviewer: agent, version: removed.review.version, fields: ['flag'] });
      return answer(c, removed);
    });
  });

  app.get('/reviews', async (c) => {
    const store = storeOf();
    const query = (name: string) => c.req.query(name);
    const filter = readReviewFilter(query);
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? LIST_LIMIT_DEFAULT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > LIST_LIMIT_MAX)
      throw new ApiProblem(
        400,
        'invalid_request',
        `limit must be a whole number from 1 to ${LIST_LIMIT_MAX}.`,
      );
    const afterText = c.req.query('after');
    const after = afterText === undefined ? undefined : decodeReviewCursor(afterText);
    return guarded(c, async () => {
      const page = await store.list(filter, limit, after);
      const body: ReviewsPage = {
        object: 'list',
        data: page.reviews.map(listEntryBody),
        next: page.next ? encodeReviewCursor(page.next) : null,
      };
      return c.json(body);
    });
  });

  app.get('/reviews/overview', async (c) => {
    const store = storeOf();
    const weeksText = c.req.query('weeks') ?? '8';
    const weeks = Number(weeksText);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52)
      throw new ApiProblem(400, 'invalid_request', 'weeks must be a whole number from 1 to 52.');
    const firstMonday = mondayOf(now()) - (weeks - 1) * WEEK;
    return guarded(c, async () =>
      c.json(overviewBody(await store.overview(firstMonday), firstMonday, weeks)),
    );
  });

  app.get('/reviews/export', async (c) => {
    const store = storeOf();
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json')
      throw new ApiProblem(400, 'invalid_request', 'format must be csv or json.');
    const filter = readReviewFilter((name) => c.req.query(name));
    // The first page is read before answering: a database that is down is a 503, not a cut file.
    return guarded(c, () => exportReviews(c, store, filter, format, now(), logger));
  });

  return app;
}

const DAY = 86_400;
const WEEK = 7 * DAY;
/** The outcome whose share the dashboard charts: what the AI agent got wrong. */
const BOT_ERROR = 'bot error';

/** Unix seconds of the Monday 00:00 UTC of the week holding `seconds`. */
function mondayOf(seconds: number): number {
  const day = seconds - (seconds % DAY);
  // 1970-01-01 was a Thursday: days since a Monday are (days + 3) mod 7.
  return day - ((day / DAY + 3) % 7) * DAY;
}

const dateOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function overviewBody(
  overview: ReviewOverview,
  firstMonday: number,
  weeks: number,
): ReviewOverviewBody {
  const rows: ReviewOverviewBody['weeks'] = Array.from({ length: weeks }, (_, i) => ({
    week: dateOf(firstMonday + i * WEEK),
    done: 0,
    outcomes: {},
    bot_error_rate: null,
  }));
  let botErrors = 0;
  let done = 0;
  for (const { day, outcome, count } of overview.doneByDay) {
    const index = Math.floor((Date.parse(`${day}T00:00:00Z`) / 1000 - firstMonday) / WEEK);
    const row = rows[index];
    if (!row) continue;
    const name = outcome ?? 'none';
    row.outcomes[name] = (row.outcomes[name] ?? 0) + count;
    row.done += count;
    done += count;
    if (outcome === BOT_ERROR) botErrors += count;
  }
  for (const row of rows)
    row.bot_error_rate = row.done === 0 ? null : (row.outcomes[BOT_ERROR] ?? 0) / row.done;
  return {
    locked_by_state: overview.lockedByState,
    weeks: rows,
    bot_error_rate: done === 0 ? null : botErrors / done,
  };
}
