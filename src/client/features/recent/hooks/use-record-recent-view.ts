import { useEffect } from 'react';
import type { ThreadSummary } from '@/shared/api-contract';
import { recordRecent } from '../lib/recent-store';

function text(value: string | null | undefined): string | null {
  return value && value.trim() !== '' ? value.slice(0, 300) : null;
}

/** Remembers a thread once it has loaded: its ID, title and status only. */
export function useRecordRecentView(threadId: string, thread: ThreadSummary | undefined) {
  const loaded = thread !== undefined;
  const title = text(thread?.title);
  const status = thread?.status;
  // An unknown status is remembered by the name it was sent with.
  const type = text(status?.type === 'unknown' ? status.sent_type : status?.type);
  const reason = text(status && 'reason' in status ? status.reason : null);

  useEffect(() => {
    if (!loaded) return;
    recordRecent({
      id: threadId,
      title,
      status: type ? { type, reason } : null,
      viewedAt: Date.now(),
    });
  }, [loaded, threadId, title, type, reason]);
}
