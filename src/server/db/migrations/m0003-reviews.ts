import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../database';

/**
 * Reviews (issue 13): one row per reviewed thread, versioned for optimistic concurrency; the
 * agents' flags on transcript items; and every change, append-only, for the history.
 */
export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('review')
    .addColumn('thread_id', 'text', (column) => column.primaryKey())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'bigint')
    .addColumn('outcome', 'text')
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .execute();
  // The review list: newest change first, by state.
  await db.schema
    .createIndex('review_updated')
    .on('review')
    .columns(['updated_at', 'thread_id'])
    .execute();
  await db.schema
    .createIndex('review_state_updated')
    .on('review')
    .columns(['state', 'updated_at'])
    .execute();

  await db.schema
    .createTable('review_flag')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('thread_id', 'text', (column) => column.notNull())
    .addColumn('item_id', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('review_flag_thread')
    .on('review_flag')
    .columns(['thread_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('review_event')
    .addColumn('id', kind === 'sqlite' ? 'integer' : 'bigserial', (column) =>
      kind === 'sqlite' ? column.primaryKey().autoIncrement() : column.primaryKey(),
    )
    .addColumn('thread_id', 'text', (column) => column.notNull())
    .addColumn('at', 'bigint', (column) => column.notNull())
    .addColumn('agent', 'text', (column) => column.notNull())
    .addColumn('field', 'text', (column) => column.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .execute();
  await db.schema
    .createIndex('review_event_thread')
    .on('review_event')
    .columns(['thread_id', 'id'])
    .execute();
}
