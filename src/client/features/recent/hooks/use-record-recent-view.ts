import { useEffect } from 'react';
import type { ThreadResource } from '@/shared/api-contract';
import { recordRecent } from '../lib/recent-store';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, 300) : null;
}

/** Remembers a thread once it has loaded: its ID, title and status only. */
export function useRecordRecentView(threadId: string, thread: ThreadResource | undefined) {
  const loaded = thread !== undefined;
  const title = text(thread?.title);
  const status = thread?.status as unknown;
  const record =
    typeof status === 'object' && status !== null ? (status as Record<string, unknown>) : {};
  const type = text(record.type);
  const reason = text(record.reason);

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
