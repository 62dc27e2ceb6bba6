import type { ThreadSummary } from '@/shared/api-contract';
import type { ThreadSnapshot } from '@/server/db/thread-index-store';

/** What the index keeps of a thread as served: its status in our words, 0 for no time. */
export function snapshotOf(thread: ThreadSummary): ThreadSnapshot {
  return {
    id: thread.id,
    createdAt: thread.created_at ?? 0,
    status: thread.status.type,
    reason: thread.status.type === 'active' ? null : (thread.status.reason ?? null),
    title: thread.title,
    user: thread.user,
  };
}
