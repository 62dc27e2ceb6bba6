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

export interface Schema {
  thread_index: ThreadIndexTable;
  index_meta: IndexMetaTable;
  lease: LeaseTable;
}
