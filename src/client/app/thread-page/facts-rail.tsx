import type { ReactNode } from 'react';
import type { ThreadSummary } from '@/shared/api-contract';
import { StatusSummary } from './status-summary';
import { ThreadFactsList } from './thread-facts-list';

interface FactsRailProps {
  threadId: string;
  thread: ThreadSummary;
  /** Unix seconds of the newest item, or undefined while none is known. */
  lastActivity: number | undefined;
  /** The review: claim, outcome, note, flags, history (after export and handoff, which must
   * stay in view on a laptop's screen). */
  review: ReactNode;
  /** Export and handoff. */
  actions: ReactNode;
  /** Other threads by this user (renders nothing when there are none). */
  otherThreads: ReactNode;
}

/**
 * The thread's facts beside the transcript on wide screens: sticky, so status, IDs, export and
 * handoff stay in view however far the agent scrolls; it scrolls on its own when taller than the
 * window.
 */
export function FactsRail({
  threadId,
  thread,
  lastActivity,
  review,
  actions,
  otherThreads,
}: FactsRailProps) {
  return (
    <aside
      aria-label="Thread facts"
      className="sticky top-4 flex max-h-[calc(100dvh-2rem)] min-w-0 flex-col gap-5 overflow-y-auto overscroll-contain pr-1 pb-2"
    >
      <StatusSummary status={thread.status} />
      <ThreadFactsList threadId={threadId} thread={thread} lastActivity={lastActivity} showTitle />
      {actions}
      {review}
      {otherThreads}
    </aside>
  );
}
