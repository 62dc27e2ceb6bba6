import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { stringify } from 'csv-stringify/sync';
import { REVIEW_STATES, type ReviewState } from '@/shared/api-contract';
import type { ReviewCursor, ReviewFilter, ReviewStore } from '@/server/db/review-store';
import { ApiProblem } from '@/server/http/api-errors';
import type { AppEnv } from '@/server/http/app-env';
import { readDay } from '@/server/http/index-query';
import type { Logger } from '@/server/logger';
import { listEntryBody } from './review-body';

const DAY = 86_400;
const AGENT_MAX_LENGTH = 256;
const CURSOR = /^(\d{1,12})\.([A-Za-z0-9_-]{1,128})$/;
/** Rows read per query while exporting: memory stays flat however many reviews match. */
const EXPORT_PAGE = 500;

function invalid(message: string): ApiProblem {
  return new ApiProblem(400, 'invalid_request', message);
}

/** The filters of GET /api/reviews and its export; `to` includes the whole day. */
export function readReviewFilter(read: (name: string) => string | undefined): ReviewFilter {
  const filter: ReviewFilter = {};
  const state = read('state');
  if (state) {
    if (!(REVIEW_STATES as readonly string[]).includes(state))
      throw invalid(`state must be one of ${REVIEW_STATES.join(', ')}.`);
    filter.state = state as ReviewState;
  }
  const outcome = read('outcome');
  if (outcome) {
    // Old outcomes stay findable after the list changes, so any short text is accepted.
    if (outcome.length > 200) throw invalid('outcome is at most 200 characters.');
    filter.outcome = outcome;
  }
  const agent = read('agent');
  if (agent) {
    if (agent.length > AGENT_MAX_LENGTH) throw invalid('agent is at most 256 characters.');
    filter.agent = agent;
  }
  filter.from = readDay(read, 'from');
  const to = readDay(read, 'to');
  filter.to = to === undefined ? undefined : to + DAY - 1;
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to)
    throw invalid('from must be on or before to.');
  return filter;
}

export function encodeReviewCursor(cursor: ReviewCursor): string {
  return `${String(cursor.updatedAt)}.${cursor.threadId}`;
}

export function decodeReviewCursor(text: string): ReviewCursor {
  const [, updatedAt, threadId] = CURSOR.exec(text) ?? [];
  if (!updatedAt || !threadId) throw invalid('after must be the next value of an earlier page.');
  return { updatedAt: Number(updatedAt), threadId };
}

const COLUMNS = [
  'thread_id',
  'title',
  'thread_status',
  'status_reason',
  'user',
  'review_state',
  'claimed_by',
  'claimed_at',
  'outcome',
  'note',
  'flags',
  'updated_by',
  'updated_at',
] as const;

const iso = (seconds: number | null) =>
  seconds === null ? '' : new Date(seconds * 1000).toISOString();

/**
 * Every review matching `filter`, as CSV (one row each, RFC 4180, cells that a spreadsheet would
 * run as a formula escaped) or a JSON array of GET /api/reviews entries; streamed a page at a
 * time. The first page is read before the answer starts, so a database that is down is a 503.
 */
export async function exportReviews(
  c: Context<AppEnv>,
  store: ReviewStore,
  filter: ReviewFilter,
  format: 'csv' | 'json',
  nowSeconds: number,
  logger: Logger,
): Promise<Response> {
  const first = await store.list(filter, EXPORT_PAGE);
  const date = new Date(nowSeconds * 1000).toISOString().slice(0, 10);
  c.header('Content-Disposition', `attachment; filename="threadline-reviews-${date}.${format}"`);
  c.header(
    'Content-Type',
    format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
  );
  return stream(
    c,
    async (out) => {
      let page = first;
      let firstRow = true;
      if (format === 'csv') await out.write(stringify([[...COLUMNS]]));
      else await out.write('[');
      for (;;) {
        const entries = page.reviews.map(listEntryBody);
        if (format === 'csv') {
          const rows = entries.map((entry) => [
            entry.thread_id,
            entry.thread?.title ?? '',
            entry.thread?.status ?? '',
            entry.thread?.status_reason ?? '',
            entry.thread?.user ?? '',
            entry.state,
            entry.claimed_by ?? '',
            iso(entry.claimed_at),
            entry.outcome ?? '',
            entry.note,
            String(entry.flags_count),
            entry.updated_by ?? '',
            iso(entry.updated_at),
          ]);
          if (rows.length > 0) await out.write(stringify(rows, { escape_formulas: true }));
        } else {
          for (const entry of entries) {
            await out.write(`${firstRow ? '' : ','}\n${JSON.stringify(entry)}`);
            firstRow = false;
          }
        }
        if (!page.next) break;
        page = await store.list(filter, EXPORT_PAGE, page.next);
      }
      if (format === 'json') await out.write('\n]\n');
    },
    (error) => {
      // Headers are gone by now: the file ends short, and the log says why.
      logger.warn({ event: 'review_export_failed', err: error }, 'review export cut short');
      return Promise.resolve();
    },
  );
}
