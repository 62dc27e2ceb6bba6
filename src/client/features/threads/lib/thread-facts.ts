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

/** The header's fields, read as defensively as the header reads them, for exports. */
export function threadFacts(thread: ThreadResource): ThreadFacts {
  const title =
    typeof thread.title === 'string' && thread.title.trim() !== '' ? thread.title : null;
  const user = typeof thread.user === 'string' && thread.user !== '' ? thread.user : null;
  return {
    title,
    user,
    status: readStatus(thread.status),
    created: formatUtcTime(thread.created_at),
  };
}

/** "Locked: Escalated to billing", or just "Active". */
export function statusLine({ label, reason }: ThreadStatusView): string {
  return reason ? `${label}: ${reason}` : label;
}
