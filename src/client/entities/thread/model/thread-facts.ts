import { revealInvisible } from '@/client/lib/invisible-characters';
import type { ThreadResource } from '@/shared/api-contract';
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
 * The title as it may be shown, or null for none (the API reference's example omits fields the
 * typed schema requires). Invisible and bidi controls are made visible: a title must read as
 * what its bytes say.
 */
export function readTitle(thread: Pick<ThreadResource, 'title'> | null | undefined) {
  const title: unknown = thread?.title;
  return typeof title === 'string' && title.trim() !== '' ? revealInvisible(title) : null;
}

/** The owning user as it may be shown, or null when the API sent none; see readTitle. */
export function readUser(thread: Pick<ThreadResource, 'user'> | null | undefined) {
  const user: unknown = thread?.user;
  return typeof user === 'string' && user !== '' ? revealInvisible(user) : null;
}

/** The header's fields, read as the header reads them, for exports. */
export function threadFacts(thread: ThreadResource): ThreadFacts {
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
