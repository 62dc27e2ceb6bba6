import { revealInvisible } from '@/client/lib/invisible-characters';
import type { ThreadSummary } from '@/shared/api-contract';
import { formatUtcTime } from './format-time';
import { readStatus, type ThreadStatusView } from './read-status';

export interface ThreadFacts {
  title: string | null;
  user: string | null;
  status: ThreadStatusView;
  /** "2026-11-24 14:05:00 UTC", or null when the API sent no usable time. */
  created: string | null;
}

/**
 * The title as it may be shown, or null for none. Invisible and bidi controls are made visible:
 * a title must read as what its bytes say.
 */
export function readTitle(thread: Pick<ThreadSummary, 'title'> | null | undefined) {
  return thread?.title ? revealInvisible(thread.title) : null;
}

/** The owning user as it may be shown, or null when the API sent none; see readTitle. */
export function readUser(thread: Pick<ThreadSummary, 'user'> | null | undefined) {
  return thread?.user ? revealInvisible(thread.user) : null;
}

/** The header's fields, read as the header reads them, for exports. */
export function threadFacts(thread: ThreadSummary): ThreadFacts {
  return {
    title: readTitle(thread),
    user: readUser(thread),
    status: readStatus(thread.status),
    created: formatUtcTime(thread.created_at),
  };
}

/** "Locked: Escalated to billing", or just "Active". */
export function statusLine({ label, reason }: ThreadStatusView): string {
  return reason ? `${label}: ${reason}` : label;
}
