import { INDEX_STATUSES, type IndexStatusName, type ReviewState } from '@/shared/api-contract';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from './database';
import type { Schema, ThreadIndexTable } from './schema';
import { postgresTsQuery, searchTextOf, searchWords, sqliteMatchQuery } from './search-words';

/** The statuses the index keeps: the API contract's, so the two cannot drift. */
const INDEXED_STATUSES = INDEX_STATUSES;
export type IndexedStatus = IndexStatusName;

/** What a list call or a thread fetch tells us about one thread. */
export interface ThreadSnapshot {
  id: string;
  /** Unix seconds; 0 when upstream sent none usable. */
  createdAt: number;
  status: IndexedStatus;
  reason: string | null;
  title: string | null;
  user: string | null;
}

export interface IndexedThread extends ThreadSnapshot {
  firstSeenAt: number;
  lastSeenAt: number;
  statusChangedAt: number | null;
}

/** Where the previous page ended: the keyset of its last row. */
export interface IndexCursor {
  createdAt: number;
  id: string;
}

export interface IndexFilter {
  statuses?: readonly IndexedStatus[] | undefined;
  /** Exact lock or close reason. */
  reason?: string | undefined;
  /** Exact end-user ID. */
  user?: string | undefined;
  /** Words (prefixes) that must all be in the title or user. */
  text?: string | undefined;
  /** Unix seconds, inclusive. */
  createdFrom?: number | undefined;
  createdTo?: number | undefined;
  idPrefix?: string | undefined;
  /** The review's state (a thread never reviewed is unreviewed). */
  reviewState?: ReviewState | undefined;
  /** Whose claim the review is under. */
  claimedBy?: string | undefined;
}

export interface IndexQuery extends IndexFilter {
  sort: 'newest' | 'oldest';
  limit: number;
  after?: IndexCursor | undefined;
}

export interface IndexPage {
  threads: IndexedThread[];
  /** Set when there may be more. */
  next: IndexCursor | null;
  /** Threads matching every filter but the status one, per status. */
  counts: Record<IndexedStatus, number>;
}

export interface IndexOverview {
  /** Threads created per UTC day since `since`, by their current status; days without any omitted. */
  perDay: { day: string; counts: Record<IndexedStatus, number> }[];
  /** Locked threads per reason, most first; null is "no reason given". */
  lockedByReason: { reason: string | null; count: number }[];
  locked: number;
  oldestLocked: IndexedThread | null;
  total: number;
}

export interface ThreadIndexStore {
  /**
   * Records what was seen at `seenAt` (Unix seconds). A row seen later than this is left alone,
   * so a slow list pass cannot undo what an agent's fresh fetch wrote.
   */
  record(snapshots: readonly ThreadSnapshot[], seenAt: number): Promise<void>;
  query(query: IndexQuery): Promise<IndexPage>;
  get(id: string): Promise<IndexedThread | null>;
  overview(since: number, topReasons: number): Promise<IndexOverview>;
  count(): Promise<number>;
  /** Forgets threads created before `createdBefore`; how many. */
  dropCreatedBefore(createdBefore: number): Promise<number>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  /**
   * Takes or renews the named lease for `ttlMs` when it is free, expired or already `holder`'s;
   * true when `holder` has it.
   */
  acquireLease(name: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, holder: string): Promise<void>;
}

const PAGE_MAX = 200;

export function createThreadIndexStore(database: Database): ThreadIndexStore {
  const { db, kind } = database;

  /** Every filter but the status one and the cursor. */
  function filtered(filter: IndexFilter) {
    return (eb: ExpressionBuilder<Schema, 'thread_index'>) => {
      const conditions: Expression<SqlBool>[] = [];
      if (filter.reason !== undefined) conditions.push(eb('status_reason', '=', filter.reason));
      if (filter.user !== undefined) conditions.push(eb('user_id', '=', filter.user));
      if (filter.createdFrom !== undefined)
        conditions.push(eb('created_at', '>=', filter.createdFrom));
      if (filter.createdTo !== undefined) conditions.push(eb('created_at', '<=', filter.createdTo));
      if (filter.idPrefix !== undefined && filter.idPrefix !== '')
        conditions.push(idStartsWith(filter.idPrefix));
      // Reviews share the database: a queue of unreviewed, claimed or done threads is one query.
      const review = () =>
        eb
          .selectFrom('review')
          .select(sql<number>`1`.as('one'))
          .whereRef('review.thread_id', '=', 'thread_index.id');
      if (filter.reviewState === 'unreviewed')
        conditions.push(eb.not(eb.exists(review().where('review.state', '!=', 'unreviewed'))));
      else if (filter.reviewState !== undefined)
        conditions.push(eb.exists(review().where('review.state', '=', filter.reviewState)));
      if (filter.claimedBy !== undefined)
        conditions.push(eb.exists(review().where('review.claimed_by', '=', filter.claimedBy)));
      const words = searchWords(filter.text ?? '');
      if (words.length > 0) conditions.push(textMatches(words));
      return eb.and(conditions);
    };
  }

  /**
   * Case-sensitive, and served by an index: GLOB on SQLite, LIKE on PostgreSQL (a
   * text_pattern_ops index), each with its wildcards in the prefix taken literally.
   */
  function idStartsWith(prefix: string): Expression<SqlBool> {
    return kind === 'sqlite'
      ? sql<SqlBool>`id GLOB ${`${prefix.replace(/[*?[]/g, '[$&]')}*`}`
      : sql<SqlBool>`id LIKE ${`${prefix.replace(/[\\%_]/g, '\\$&')}%`}`;
  }

  function textMatches(words: string[]): Expression<SqlBool> {
    return kind === 'sqlite'
      ? sql<SqlBool>`thread_index.rowid IN (SELECT rowid FROM thread_index_fts WHERE thread_index_fts MATCH ${sqliteMatchQuery(words)})`
      : sql<SqlBool>`search @@ to_tsquery('simple', ${postgresTsQuery(words)})`;
  }

  return {
    async record(snapshots, seenAt) {
      if (snapshots.length === 0) return;
      // In ID order: two replicas upserting overlapping batches lock their rows in the same
      // order, so neither waits on the other in a deadlock (PostgreSQL).
      const sorted = [...snapshots].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const rows = sorted.map((snapshot) => ({
        id: snapshot.id,
        created_at: snapshot.createdAt,
        status: snapshot.status,
        status_reason: snapshot.reason,
        title: snapshot.title,
        user_id: snapshot.user,
        search_text: searchTextOf(snapshot.title, snapshot.user),
        first_seen_at: seenAt,
        last_seen_at: seenAt,
        status_changed_at: null,
      }));
      await db
        .insertInto('thread_index')
        .values(rows)
        .onConflict((conflict) =>
          conflict
            .column('id')
            .doUpdateSet((eb) => ({
              created_at: eb.ref('excluded.created_at'),
              status: eb.ref('excluded.status'),
              status_reason: eb.ref('excluded.status_reason'),
              title: eb.ref('excluded.title'),
              user_id: eb.ref('excluded.user_id'),
              search_text: eb.ref('excluded.search_text'),
              last_seen_at: eb.ref('excluded.last_seen_at'),
              status_changed_at: eb
                .case()
                .when(
                  eb.or([
                    eb('thread_index.status', '!=', eb.ref('excluded.status')),
                    eb(
                      'thread_index.status_reason',
                      'is distinct from',
                      eb.ref('excluded.status_reason'),
                    ),
                  ]),
                )
                .then(eb.ref('excluded.last_seen_at'))
                .else(eb.ref('thread_index.status_changed_at'))
                .end(),
            }))
            .where('thread_index.last_seen_at', '<=', (eb) => eb.ref('excluded.last_seen_at')),
        )
        .execute();
    },

    async query(query) {
      const limit = Math.max(1, Math.min(query.limit, PAGE_MAX));
      const direction = query.sort === 'newest' ? 'desc' : 'asc';
      const { after } = query;
      const statuses = query.statuses?.length ? query.statuses : undefined;
      const rows = await db
        .selectFrom('thread_index')
        .selectAll()
        .where(filtered(query))
        .$if(statuses !== undefined, (q) => q.where('status', 'in', statuses ?? []))
        .$if(after !== undefined, (q) =>
          q.where((eb) => {
            const cursor = after ?? { createdAt: 0, id: '' };
            const beyond = direction === 'desc' ? '<' : '>';
            return eb.or([
              eb('created_at', beyond, cursor.createdAt),
              eb.and([eb('created_at', '=', cursor.createdAt), eb('id', beyond, cursor.id)]),
            ]);
          }),
        )
        .orderBy('created_at', direction)
        .orderBy('id', direction)
        .limit(limit + 1)
        .execute();
      const counted = await db
        .selectFrom('thread_index')
        .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
        .where(filtered(query))
        .groupBy('status')
        .execute();
      const page = rows.slice(0, limit).map(toThread);
      const last = page.at(-1);
      return {
        threads: page,
        next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
        counts: statusCounts(counted),
      };
    },

    async get(id) {
      const row = await db
        .selectFrom('thread_index')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toThread(row) : null;
    },

    async overview(since, topReasons) {
      const day = sql<number>`created_at - (created_at % 86400)`;
      const perDay = await db
        .selectFrom('thread_index')
        .select([day.as('day'), 'status', (eb) => eb.fn.countAll<number>().as('count')])
        .where('created_at', '>=', since)
        .groupBy([day, 'status'])
        .orderBy(day)
        .execute();
      const reasons = await db
        .selectFrom('thread_index')
        .select(['status_reason', (eb) => eb.fn.countAll<number>().as('count')])
        .where('status', '=', 'locked')
        .groupBy('status_reason')
        .orderBy('count', 'desc')
        .orderBy('status_reason')
        .limit(topReasons)
        .execute();
      const totals = await db
        .selectFrom('thread_index')
        .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('status')
        .execute();
      const oldest = await db
        .selectFrom('thread_index')
        .selectAll()
        .where('status', '=', 'locked')
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      const byStatus = statusCounts(totals);
      const days = new Map<string, Record<IndexedStatus, number>>();
      for (const row of perDay) {
        const key = new Date(row.day * 1000).toISOString().slice(0, 10);
        const counts = days.get(key) ?? statusCounts([]);
        counts[asStatus(row.status)] += row.count;
        days.set(key, counts);
      }
      return {
        perDay: [...days].map(([key, counts]) => ({ day: key, counts })),
        lockedByReason: reasons.map((row) => ({
          reason: row.status_reason,
          count: row.count,
        })),
        locked: byStatus.locked,
        oldestLocked: oldest ? toThread(oldest) : null,
        total: INDEXED_STATUSES.reduce((sum, status) => sum + byStatus[status], 0),
      };
    },

    async count() {
      const row = await db
        .selectFrom('thread_index')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return row.count;
    },

    async dropCreatedBefore(createdBefore) {
      const result = await db
        .deleteFrom('thread_index')
        .where('created_at', '<', createdBefore)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async getMeta(key) {
      const row = await db
        .selectFrom('index_meta')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value ?? null;
    },

    async setMeta(key, value) {
      await db
        .insertInto('index_meta')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
    },

    async acquireLease(name, holder, nowMs, ttlMs) {
      // One statement, so two replicas asking at once cannot both win: the update applies only
      // when the lease is free, expired or already this holder's, and returns a row only then.
      const row = await db
        .insertInto('lease')
        .values({ name, holder, expires_at_ms: nowMs + ttlMs })
        .onConflict((conflict) =>
          conflict
            .column('name')
            .doUpdateSet((eb) => ({
              holder: eb.ref('excluded.holder'),
              expires_at_ms: eb.ref('excluded.expires_at_ms'),
            }))
            .where((eb) =>
              eb.or([eb('lease.holder', '=', holder), eb('lease.expires_at_ms', '<', nowMs)]),
            ),
        )
        .returning('holder')
        .executeTakeFirst();
      return row?.holder === holder;
    },

    async releaseLease(name, holder) {
      await db.deleteFrom('lease').where('name', '=', name).where('holder', '=', holder).execute();
    },
  };
}

function asStatus(value: string): IndexedStatus {
  return (INDEXED_STATUSES as readonly string[]).includes(value)
    ? (value as IndexedStatus)
    : 'unknown';
}

function statusCounts(rows: readonly { status: string; count: number }[]) {
  const counts: Record<IndexedStatus, number> = { active: 0, locked: 0, closed: 0, unknown: 0 };
  for (const row of rows) counts[asStatus(row.status)] += row.count;
  return counts;
}

function toThread(row: ThreadIndexTable): IndexedThread {
  return {
    id: row.id,
    createdAt: row.created_at,
    status: asStatus(row.status),
    reason: row.status_reason,
    title: row.title,
    user: row.user_id,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    statusChangedAt: row.status_changed_at,
  };
}
