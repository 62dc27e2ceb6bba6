import type { Generated } from 'kysely';

/**
 * The tables of our own database, as Kysely sees them: the same shape on SQLite and
 * PostgreSQL. Times are Unix seconds like the ChatKit API's, except the lease's (milliseconds).
 */
export interface ThreadIndexTable {
  id: string;
  created_at: number;
  /** active | locked | closed | unknown */
  status: string;
  status_reason: string | null;
  title: string | null;
  user_id: string | null;
  /** Title and user reduced to lower-case words, what text search matches (search-words.ts). */
  search_text: string;
  first_seen_at: number;
  last_seen_at: number;
  /** When a change of status or reason was last seen; null until one is. */
  status_changed_at: number | null;
}

export interface IndexMetaTable {
  key: string;
  value: string;
}

export interface LeaseTable {
  name: string;
  holder: string;
  expires_at_ms: number;
}

/** One reviewed thread; a thread never reviewed has no row. */
export interface ReviewTable {
  thread_id: string;
  /** unreviewed | in_review | done */
  state: string;
  claimed_by: string | null;
  claimed_at: number | null;
  outcome: string | null;
  note: string;
  /** Bumped by every change: what If-Match compares. */
  version: number;
  updated_at: number;
  updated_by: string;
}

export interface ReviewFlagTable {
  id: string;
  thread_id: string;
  item_id: string;
  /** wrong | good | needs_attention */
  kind: string;
  comment: string;
  created_by: string;
  created_at: number;
}

/** Append-only: one row per changed field. */
export interface ReviewEventTable {
  id: Generated<number>;
  thread_id: string;
  at: number;
  agent: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

export interface Schema {
  thread_index: ThreadIndexTable;
  index_meta: IndexMetaTable;
  lease: LeaseTable;
  review: ReviewTable;
  review_flag: ReviewFlagTable;
  review_event: ReviewEventTable;
}
