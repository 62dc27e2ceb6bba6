import { Hono } from 'hono';
import type {
  IndexedReview,
  IndexedThreadSummary,
  IndexOverviewBody,
  IndexThreadsPage,
  ThreadStatus,
} from '@/shared/api-contract';
import type { IndexedThread, ThreadIndexStore } from '@/server/db/thread-index-store';
import { databaseGuard } from '@/server/http/database-guard';
import { ApiProblem } from '@/server/http/api-errors';
import type { AppEnv } from '@/server/http/app-env';
import { encodeCursor, parseIndexQuery } from '@/server/http/index-query';
import type { Logger } from '@/server/logger';
export { INDEX_PATH } from '@/shared/api-paths';
import type { ThreadIndex } from '@/server/indexer/thread-index';
import type { Review } from '@/server/db/review-store';
import type { Reviews } from '@/server/reviews/reviews';

const TOP_REASONS = 10;
/** The dashboard's days: the last 30, or the whole index window when that is shorter. */
const DASHBOARD_DAYS = 30;
const DAY = 86_400;

function statusOf(thread: IndexedThread): ThreadStatus {
  switch (thread.status) {
    case 'active':
      return { type: 'active' };
    case 'locked':
      return { type: 'locked', reason: thread.reason };
    case 'closed':
      return { type: 'closed', reason: thread.reason };
    default:
      return { type: 'unknown', sent_type: null, reason: thread.reason };
  }
}

function briefOf(review: Review | undefined): IndexedReview | null {
  if (review === undefined || (review.state === 'unreviewed' && review.outcome === null))
    return null;
  return { state: review.state, claimed_by: review.claimedBy, outcome: review.outcome };
}

function summaryOf(thread: IndexedThread): IndexedThreadSummary {
  return {
    id: thread.id,
    title: thread.title,
    created_at: thread.createdAt === 0 ? null : thread.createdAt,
    status: statusOf(thread),
    user: thread.user,
    first_seen_at: thread.firstSeenAt,
    last_seen_at: thread.lastSeenAt,
    status_changed_at: thread.statusChangedAt,
  };
}

/** Every UTC day from `since` to today, so a chart has a bar (maybe empty) for each. */
function everyDay(since: number, until: number): string[] {
  const days: string[] = [];
  for (let day = since - (since % DAY); day <= until; day += DAY)
    days.push(new Date(day * 1000).toISOString().slice(0, 10));
  return days;
}

export interface IndexRoutesDeps {
  /** Undefined when THREADLINE_INDEX=off. */
  index: ThreadIndex | undefined;
  windowDays: number;
  logger: Logger;
  now?: () => number;
  /** Each row's review in brief, from the same database; rows go without when it fails. */
  reviews?: Reviews | undefined;
}

/**
 * GET /api/index/status, /threads and /overview: lists, filters, search and the dashboard's
 * figures from the shared index, never from upstream. A database failure is a 503 the client
 * answers by scanning the API itself; never a 500, never a thread view's failure.
 */
export function indexRoutes({
  index,
  windowDays,
  logger,
  now = Date.now,
  reviews,
}: IndexRoutesDeps) {
  function storeOf(): { store: ThreadIndexStore; index: ThreadIndex } {
    if (index === undefined)
      throw new ApiProblem(
        503,
        'index_off',
        'The thread index is turned off on this server (THREADLINE_INDEX=off).',
      );
    const store = index.store();
    if (store === undefined) throw unavailable();
    return { store, index };
  }

  function unavailable(): ApiProblem {
    return new ApiProblem(
      503,
      'index_unavailable',
      'The thread index cannot be reached right now; lists read the API directly meanwhile.',
      { 'Retry-After': '30' },
    );
  }

  const guarded = databaseGuard(logger, 'index_query_failed', unavailable);

  /** The rows' reviews; a failure leaves the rows without (the list itself still answers). */
  async function reviewsOf(ids: string[]): Promise<Map<string, Review>> {
    const store = reviews?.store();
    if (store === undefined || ids.length === 0) return new Map();
    return store.getMany(ids).catch((error: unknown) => {
      logger.warn({ event: 'review_query_failed', err: error }, 'review query failed');
      return new Map<string, Review>();
    });
  }

  return new Hono<AppEnv>()
    .get('/status', async (c) => {
      if (index === undefined) return c.json({ state: 'off', threads: 0, updated_at: null });
      return c.json(await guarded(c, () => index.status()));
    })
    .get('/threads', async (c) => {
      const query = parseIndexQuery((name) => c.req.query(name));
      const { store, index: shared } = storeOf();
      const body = await guarded(c, async (): Promise<IndexThreadsPage> => {
        const [page, status] = await Promise.all([store.query(query), shared.status()]);
        const reviewed = await reviewsOf(page.threads.map((thread) => thread.id));
        return {
          object: 'list',
          data: page.threads.map((thread) => ({
            ...summaryOf(thread),
            review: briefOf(reviewed.get(thread.id)),
          })),
          next: page.next ? encodeCursor(page.next) : null,
          counts: page.counts,
          index: status,
        };
      });
      return c.json(body);
    })
    .get('/overview', async (c) => {
      const { store, index: shared } = storeOf();
      const today = Math.floor(now() / 1000);
      const since = today - (today % DAY) - (Math.min(windowDays, DASHBOARD_DAYS) - 1) * DAY;
      const body = await guarded(c, async (): Promise<IndexOverviewBody> => {
        const [overview, status] = await Promise.all([
          store.overview(since, TOP_REASONS),
          shared.status(),
        ]);
        const byDay = new Map(overview.perDay.map((row) => [row.day, row.counts]));
        return {
          days: everyDay(since, today).map((day) => ({
            day,
            counts: byDay.get(day) ?? { active: 0, locked: 0, closed: 0, unknown: 0 },
          })),
          locked_by_reason: overview.lockedByReason,
          locked: overview.locked,
          oldest_locked: overview.oldestLocked ? summaryOf(overview.oldestLocked) : null,
          total: overview.total,
          index: status,
        };
      });
      return c.json(body);
    });
}
