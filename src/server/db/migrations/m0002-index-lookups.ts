import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../database';

/**
 * Indexes the 100,000-thread bench asked for (bench/thread-index.ts): lock or close reason
 * (with the newest first), and on PostgreSQL the ID prefix search, whose LIKE needs an index
 * ordered by bytes rather than by the database's collation.
 */
export async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createIndex('thread_index_reason_created')
    .on('thread_index')
    .columns(['status_reason', 'created_at'])
    .execute();
  if (kind === 'postgres')
    await sql`CREATE INDEX thread_index_id_prefix ON thread_index (id text_pattern_ops)`.execute(
      db,
    );
}
