import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { FLAG_KINDS, REVIEW_STATES, type FlagKind, type ReviewState } from '@/shared/api-contract';
import type { Database } from './database';
import type { ReviewEventTable, ReviewFlagTable, ReviewTable, Schema } from './schema';

export { FLAG_KINDS, REVIEW_STATES, type FlagKind, type ReviewState };

/** What an agent sets on a review; a save states all of it (PUT semantics). */
export interface ReviewFields {
  state: ReviewState;
  /** Who holds the claim while in review; null otherwise. */
  claimedBy: string | null;
  outcome: string | null;
  note: string;
}

export interface ReviewFlag {
  id: string;
  threadId: string;
  itemId: string;
  kind: FlagKind;
  comment: string;
  createdBy: string;
  /** Unix seconds. */
  createdAt: number;
}

export interface Review extends ReviewFields {
  threadId: string;
  /** Unix seconds the current claim was made; null without one. */
  claimedAt: number | null;
  /** 0 for a thread nobody has reviewed yet; every change adds one. */
  version: number;
  updatedAt: number | null;
  updatedBy: string | null;
  flags: ReviewFlag[];
}

export interface ReviewEvent {
  id: number;
  threadId: string;
  at: number;
  agent: string;
  /** state, claimed_by, outcome, note, or flag (a flag added or removed). */
  field: string;
  from: string | null;
  to: string | null;
}

/** A review with every change to it, oldest first: what the thread page shows. */
export interface ReviewRecord {
  review: Review;
  history: ReviewEvent[];
}

export type SaveResult =
  | (ReviewRecord & {
      saved: true;
      /** The fields the save changed (state, claimed_by, outcome, note); none for a no-op. */
      changed: string[];
    })
  | { saved: false; current: Review };

export interface ReviewFilter {
  state?: ReviewState | undefined;
  outcome?: string | undefined;
  /** Who holds the claim or made the last change. */
  agent?: string | undefined;
  /** Last changed at or after / before or at (Unix seconds). */
  from?: number | undefined;
  to?: number | undefined;
}

export interface ReviewCursor {
  updatedAt: number;
  threadId: string;
}

/** What the thread index knows of a reviewed thread; null when it has never seen it. */
export interface ReviewedThread {
  title: string | null;
  status: string;
  statusReason: string | null;
  user: string | null;
}

/** A review in a list: no flags, but how many, and its thread as the index knows it. */
export interface ListedReview extends Review {
  flagsCount: number;
  thread: ReviewedThread | null;
}

export interface ReviewPage {
  reviews: ListedReview[];
  next: ReviewCursor | null;
}

/** The dashboard's review figures. */
export interface ReviewOverview {
  /** Locked threads in the index by their review's state (no review: unreviewed). */
  lockedByState: Record<ReviewState, number>;
  /** Reviews marked done per UTC day since `since`, by outcome (null: none given). */
  doneByDay: { day: string; outcome: string | null; count: number }[];
}

export interface ReviewStore {
  /** The thread's review, or an empty unreviewed one (version 0) if nobody has touched it. */
  get(threadId: string): Promise<Review>;
  /** The review and its history. */
  getWithHistory(threadId: string): Promise<ReviewRecord>;
  /** Only the review's version (0: never reviewed): enough to answer "unchanged". */
  version(threadId: string): Promise<number>;
  /** Several at once (a queue's rows), without their flags; threads never reviewed are left out. */
  getMany(threadIds: readonly string[]): Promise<Map<string, Review>>;
  /**
   * Saves `fields` if the review is still at `expectedVersion`; otherwise nothing changes and
   * the current review comes back. One of two agents saving the same version wins. The saved
   * review comes back with its history, read in the same transaction.
   */
  save(
    threadId: string,
    fields: ReviewFields,
    expectedVersion: number,
    agent: string,
    now: number,
  ): Promise<SaveResult>;
  addFlag(
    threadId: string,
    flag: Pick<ReviewFlag, 'itemId' | 'kind' | 'comment'>,
    agent: string,
    now: number,
  ): Promise<ReviewRecord & { flag: ReviewFlag }>;
  /** The review without the flag, or null when the thread has no such flag. */
  removeFlag(
    threadId: string,
    flagId: string,
    agent: string,
    now: number,
  ): Promise<ReviewRecord | null>;
  /** Every change to the thread's review, oldest first. */
  history(threadId: string): Promise<ReviewEvent[]>;
  /** Reviews matching the filter, most recently changed first, `limit` a page. */
  list(filter: ReviewFilter, limit: number, after?: ReviewCursor): Promise<ReviewPage>;
  /** Figures for the dashboard: done reviews since `since` (Unix seconds). */
  overview(since: number): Promise<ReviewOverview>;
}

type Db = Kysely<Schema> | Transaction<Schema>;

function emptyReview(threadId: string): Review {
  return {
    threadId,
    state: 'unreviewed',
    claimedBy: null,
    claimedAt: null,
    outcome: null,
    note: '',
    version: 0,
    updatedAt: null,
    updatedBy: null,
    flags: [],
  };
}

function isState(value: string): value is ReviewState {
  return (REVIEW_STATES as readonly string[]).includes(value);
}

function isFlagKind(value: string): value is FlagKind {
  return (FLAG_KINDS as readonly string[]).includes(value);
}

function reviewOf(row: Selectable<ReviewTable>, flags: ReviewFlag[]): Review {
  return {
    threadId: row.thread_id,
    // A value this version does not know (written by a newer one) reads as in review.
    state: isState(row.state) ? row.state : 'in_review',
    claimedBy: row.claimed_by,
    claimedAt: row.claimed_at,
    outcome: row.outcome,
    note: row.note,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    flags,
  };
}

function flagOf(row: Selectable<ReviewFlagTable>): ReviewFlag {
  return {
    id: row.id,
    threadId: row.thread_id,
    itemId: row.item_id,
    kind: isFlagKind(row.kind) ? row.kind : 'needs_attention',
    comment: row.comment,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function eventOf(row: Selectable<ReviewEventTable>): ReviewEvent {
  return {
    id: row.id,
    threadId: row.thread_id,
    at: row.at,
    agent: row.agent,
    field: row.field,
    from: row.old_value,
    to: row.new_value,
  };
}

/** The review row and its flags: one query for a thread never reviewed, two otherwise. */
async function read(db: Db, threadId: string): Promise<Review> {
  const row = await db
    .selectFrom('review')
    .selectAll()
    .where('thread_id', '=', threadId)
    .executeTakeFirst();
  if (!row) return emptyReview(threadId);
  const flags = await db
    .selectFrom('review_flag')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return reviewOf(row, flags.map(flagOf));
}

async function readHistory(db: Db, threadId: string): Promise<ReviewEvent[]> {
  const rows = await db
    .selectFrom('review_event')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('id')
    .execute();
  return rows.map(eventOf);
}

/** The review and its history, on one connection (in a transaction: as committed with it). */
async function readRecord(db: Db, threadId: string): Promise<ReviewRecord> {
  const review = await read(db, threadId);
  // Version 0 is a thread nobody has touched: no history to read.
  return { review, history: review.version === 0 ? [] : await readHistory(db, threadId) };
}

/** A flag as the history says it: "wrong on cthi_7: Quoted the old policy". */
function flagText(kind: string, itemId: string, comment: string): string {
  return `${kind} on ${itemId}${comment ? `: ${comment}` : ''}`;
}

/** The fields a save changes, as history rows: claimed_at follows claimed_by silently. */
function changesOf(before: Review, after: ReviewFields) {
  const fields = [
    ['state', before.state, after.state],
    ['claimed_by', before.claimedBy, after.claimedBy],
    ['outcome', before.outcome, after.outcome],
    ['note', before.note, after.note],
  ] as const;
  return fields.filter(([, from, to]) => from !== to);
}

export function createReviewStore({ db }: Database): ReviewStore {
  return {
    get: (threadId) => read(db, threadId),

    getWithHistory: (threadId) => readRecord(db, threadId),

    async version(threadId) {
      const row = await db
        .selectFrom('review')
        .select('version')
        .where('thread_id', '=', threadId)
        .executeTakeFirst();
      return row?.version ?? 0;
    },

    async getMany(threadIds) {
      const found = new Map<string, Review>();
      if (threadIds.length === 0) return found;
      const rows = await db
        .selectFrom('review')
        .selectAll()
        .where('thread_id', 'in', [...threadIds])
        .execute();
      for (const row of rows) found.set(row.thread_id, reviewOf(row, []));
      return found;
    },

    save(threadId, fields, expectedVersion, agent, now) {
      return db.transaction().execute(async (trx): Promise<SaveResult> => {
        const before = await read(trx, threadId);
        if (before.version !== expectedVersion) return { saved: false, current: before };
        const changes = changesOf(before, fields);
        if (changes.length === 0)
          return {
            saved: true,
            changed: [],
            review: before,
            history: await readHistory(trx, threadId),
          };
        const claimedAt =
          fields.claimedBy === null
            ? null
            : fields.claimedBy === before.claimedBy
              ? before.claimedAt
              : now;
        const values = {
          state: fields.state,
          claimed_by: fields.claimedBy,
          claimed_at: claimedAt,
          outcome: fields.outcome,
          note: fields.note,
          version: expectedVersion + 1,
          updated_at: now,
          updated_by: agent,
        };
        // Compare-and-set on the version, so a save that raced another one loses here even
        // where the read above did not see the other (PostgreSQL's read committed).
        const written =
          expectedVersion === 0
            ? await trx
                .insertInto('review')
                .values({ thread_id: threadId, ...values })
                .onConflict((conflict) => conflict.column('thread_id').doNothing())
                .executeTakeFirst()
                .then((result) => Number(result.numInsertedOrUpdatedRows ?? 0n))
            : await trx
                .updateTable('review')
                .set(values)
                .where('thread_id', '=', threadId)
                .where('version', '=', expectedVersion)
                .executeTakeFirst()
                .then((result) => Number(result.numUpdatedRows));
        if (written !== 1) return { saved: false, current: await read(trx, threadId) };
        await trx
          .insertInto('review_event')
          .values(
            changes.map(([field, from, to]) => ({
              thread_id: threadId,
              at: now,
              agent,
              field,
              old_value: from,
              new_value: to,
            })),
          )
          .execute();
        // What was written, without reading it back: the flags are those read above, since a
        // flag added or removed meanwhile moved the version and the compare-and-set failed.
        const review: Review = {
          ...before,
          ...fields,
          claimedAt,
          version: values.version,
          updatedAt: now,
          updatedBy: agent,
        };
        return {
          saved: true,
          changed: changes.map(([field]) => field),
          review,
          history: await readHistory(trx, threadId),
        };
      });
    },

    addFlag(threadId, { itemId, kind, comment }, agent, now) {
      return db.transaction().execute(async (trx) => {
        await bumpVersion(trx, threadId, agent, now);
        const flag: ReviewFlag = {
          id: `flag_${randomUUID().replaceAll('-', '')}`,
          threadId,
          itemId,
          kind,
          comment,
          createdBy: agent,
          createdAt: now,
        };
        await trx
          .insertInto('review_flag')
          .values({
            id: flag.id,
            thread_id: threadId,
            item_id: itemId,
            kind,
            comment,
            created_by: agent,
            created_at: now,
          })
          .execute();
        await recordFlagEvent(trx, threadId, agent, now, {
          to: flagText(kind, itemId, comment),
        });
        return { flag, ...(await readRecord(trx, threadId)) };
      });
    },

    removeFlag(threadId, flagId, agent, now) {
      return db.transaction().execute(async (trx) => {
        const flag = await trx
          .selectFrom('review_flag')
          .selectAll()
          .where('thread_id', '=', threadId)
          .where('id', '=', flagId)
          .executeTakeFirst();
        if (!flag) return null;
        await trx.deleteFrom('review_flag').where('id', '=', flagId).execute();
        await bumpVersion(trx, threadId, agent, now);
        await recordFlagEvent(trx, threadId, agent, now, {
          from: flagText(flag.kind, flag.item_id, flag.comment),
        });
        return readRecord(trx, threadId);
      });
    },

    history: (threadId) => readHistory(db, threadId),

    async overview(since) {
      const state = sql<string>`coalesce(review.state, 'unreviewed')`;
      const locked = await db
        .selectFrom('thread_index')
        .leftJoin('review', 'review.thread_id', 'thread_index.id')
        .select([state.as('state'), (eb) => eb.fn.countAll<number>().as('count')])
        .where('thread_index.status', '=', 'locked')
        .groupBy(state)
        .execute();
      const day = sql<number>`updated_at - (updated_at % 86400)`;
      const done = await db
        .selectFrom('review')
        .select([day.as('day'), 'outcome', (eb) => eb.fn.countAll<number>().as('count')])
        .where('state', '=', 'done')
        .where('updated_at', '>=', since)
        .groupBy([day, 'outcome'])
        .orderBy(day)
        .execute();
      const lockedByState: Record<ReviewState, number> = { unreviewed: 0, in_review: 0, done: 0 };
      for (const row of locked)
        lockedByState[isState(row.state) ? row.state : 'in_review'] += row.count;
      return {
        lockedByState,
        doneByDay: done.map((row) => ({
          day: new Date(row.day * 1000).toISOString().slice(0, 10),
          outcome: row.outcome,
          count: row.count,
        })),
      };
    },

    async list(filter, limit, after) {
      let query = db
        .selectFrom('review')
        .leftJoin('thread_index', 'thread_index.id', 'review.thread_id')
        .selectAll('review')
        .select((eb) => [
          'thread_index.id as indexed_id',
          'thread_index.title as thread_title',
          'thread_index.status as thread_status',
          'thread_index.status_reason as thread_status_reason',
          'thread_index.user_id as thread_user',
          eb
            .selectFrom('review_flag')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('review_flag.thread_id', '=', 'review.thread_id')
            .as('flags_count'),
        ]);
      if (filter.state) query = query.where('review.state', '=', filter.state);
      if (filter.outcome) query = query.where('review.outcome', '=', filter.outcome);
      if (filter.agent) {
        const agent = filter.agent;
        query = query.where((eb) =>
          eb.or([eb('review.claimed_by', '=', agent), eb('review.updated_by', '=', agent)]),
        );
      }
      if (filter.from !== undefined) query = query.where('review.updated_at', '>=', filter.from);
      if (filter.to !== undefined) query = query.where('review.updated_at', '<=', filter.to);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('review.updated_at', '<', after.updatedAt),
            eb.and([
              eb('review.updated_at', '=', after.updatedAt),
              eb('review.thread_id', '<', after.threadId),
            ]),
          ]),
        );
      const rows = await query
        .orderBy('review.updated_at', 'desc')
        .orderBy('review.thread_id', 'desc')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        reviews: page.map((row) => ({
          ...reviewOf(row, []),
          // PostgreSQL's count is a BIGINT, read as a number (database.ts).
          flagsCount: row.flags_count ?? 0,
          thread:
            row.indexed_id === null
              ? null
              : {
                  title: row.thread_title,
                  status: row.thread_status ?? 'unknown',
                  statusReason: row.thread_status_reason,
                  user: row.thread_user,
                },
        })),
        next:
          rows.length > limit && last
            ? { updatedAt: last.updated_at, threadId: last.thread_id }
            : null,
      };
    },
  };
}

/** The history line of a flag added (`to`) or removed (`from`). */
async function recordFlagEvent(
  trx: Db,
  threadId: string,
  agent: string,
  now: number,
  change: { from?: string; to?: string },
) {
  await trx
    .insertInto('review_event')
    .values({
      thread_id: threadId,
      at: now,
      agent,
      field: 'flag',
      old_value: change.from ?? null,
      new_value: change.to ?? null,
    })
    .execute();
}

/** A flag changes the review too: its version moves (creating an unreviewed row if needed). */
async function bumpVersion(trx: Db, threadId: string, agent: string, now: number) {
  await trx
    .insertInto('review')
    .values({
      thread_id: threadId,
      state: 'unreviewed',
      claimed_by: null,
      claimed_at: null,
      outcome: null,
      note: '',
      version: 1,
      updated_at: now,
      updated_by: agent,
    })
    .onConflict((conflict) =>
      conflict.column('thread_id').doUpdateSet((eb) => ({
        version: eb('review.version', '+', 1),
        updated_at: now,
        updated_by: agent,
      })),
    )
    .execute();
}
