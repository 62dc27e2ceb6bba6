import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../database';

/**
 * The thread index (issue 12): one row per thread the indexer or an agent has seen, with its
 * full-text search (FTS5 on SQLite, a generated tsvector with GIN on PostgreSQL), the
 * indexer's bookkeeping and the lease that elects one indexer among replicas.
 */
export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('thread_index')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('title', 'text')
    .addColumn('user_id', 'text')
    .addColumn('search_text', 'text', (column) => column.notNull())
    .addColumn('first_seen_at', 'bigint', (column) => column.notNull())
    .addColumn('last_seen_at', 'bigint', (column) => column.notNull())
    .addColumn('status_changed_at', 'bigint')
    .execute();
  // Newest or oldest first, with or without one status; a user's threads.
  await db.schema
    .createIndex('thread_index_created')
    .on('thread_index')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('thread_index_status_created')
    .on('thread_index')
    .columns(['status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('thread_index_user_created')
    .on('thread_index')
    .columns(['user_id', 'created_at'])
    .execute();

  if (kind === 'sqlite') {
    // External-content FTS5 over search_text, kept in step by triggers (the SQLite manual's
    // own recipe); rowid is the thread row's implicit rowid.
    await sql`CREATE VIRTUAL TABLE thread_index_fts USING fts5(
      search_text, content='thread_index', content_rowid='rowid'
    )`.execute(db);
    await sql`CREATE TRIGGER thread_index_fts_insert AFTER INSERT ON thread_index BEGIN
      INSERT INTO thread_index_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
    END`.execute(db);
    await sql`CREATE TRIGGER thread_index_fts_delete AFTER DELETE ON thread_index BEGIN
      INSERT INTO thread_index_fts(thread_index_fts, rowid, search_text)
        VALUES ('delete', old.rowid, old.search_text);
    END`.execute(db);
    await sql`CREATE TRIGGER thread_index_fts_update AFTER UPDATE OF search_text ON thread_index
    BEGIN
      INSERT INTO thread_index_fts(thread_index_fts, rowid, search_text)
        VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO thread_index_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
    END`.execute(db);
  } else {
    await sql`ALTER TABLE thread_index ADD COLUMN search tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
    await sql`CREATE INDEX thread_index_search ON thread_index USING gin (search)`.execute(db);
  }

  await db.schema
    .createTable('index_meta')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('lease')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('holder', 'text', (column) => column.notNull())
    .addColumn('expires_at_ms', 'bigint', (column) => column.notNull())
    .execute();
}
