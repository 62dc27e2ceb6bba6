import type { ThreadDetail } from '@/shared/api-contract';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { useMediaQuery } from '@/client/lib/use-media-query';
import { useRecordRecentView } from '@/client/features/recent/hooks/use-record-recent-view';
import { useThreadTranscript } from './use-thread-transcript';
import { ExportActions } from '@/client/features/export/components/export-actions';
import { FactsRail } from './facts-rail';
import { ThreadBar } from './thread-bar';
import { ThreadFactsList } from './thread-facts-list';
import { ThreadHeader } from './thread-header';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadSkeleton, TranscriptSkeleton } from './thread-skeleton';
import { TranscriptWorkspace } from './transcript-workspace';
import { UserThreads } from '@/client/features/other-threads/components/user-threads';
import { pageGrid, WIDE_QUERY } from './thread-layout';

/** Unix seconds of the newest loaded item with a usable time, or undefined. */
function lastActivityOf(entries: readonly TranscriptItem[] | undefined): number | undefined {
  for (let index = (entries?.length ?? 0) - 1; index >= 0; index--) {
    const entry = entries?.[index];
    const seconds = entry?.kind === 'item' ? entry.item.created_at : entry?.unknown.createdAt;
    if (typeof seconds === 'number' && seconds > 0) return seconds;
  }
  return undefined;
}

/** The one component of the thread page that talks to the data layer. Data first, then errors. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { thread, items, entries, progress, jump, live } = useThreadTranscript(threadId);
  useRecordRecentView(threadId, thread.data?.thread);
  // Decided while rendering, so the first paint is laid out for this screen: no swap, no shift.
  const wide = useMediaQuery(WIDE_QUERY, true);

  if (!thread.data) {
    if (thread.isError)
      return (
        <ThreadLoadError
          threadId={threadId}
          error={thread.error}
          onRetry={() => void thread.refetch()}
        />
      );
    return <ThreadSkeleton />;
  }

  const detail: ThreadDetail = thread.data;
  const lastActivity = lastActivityOf(entries);
  const actions = (
    <ExportActions
      threadId={threadId}
      detail={detail}
      entries={entries}
      complete={progress.complete}
    />
  );
  const otherThreads = <UserThreads threadId={threadId} user={detail.thread.user} />;

  return (
    <article aria-labelledby="thread-title" className={pageGrid}>
      <div className="flex min-w-0 flex-col gap-3">
        {!wide && (
          <ThreadBar status={detail.thread.status}>
            <ThreadFactsList
              threadId={threadId}
              thread={detail.thread}
              lastActivity={lastActivity}
            />
            {actions}
            {otherThreads}
          </ThreadBar>
        )}
        <ThreadHeader
          thread={detail.thread}
          // Live polls re-read the thread every 15 s; "Live" says so, "Refreshing…" would flicker.
          // Background pages are not a refresh: the progress note shows those.
          refreshing={(thread.isFetching && !live.polling) || items.isRefetching}
          refreshFailed={thread.isRefetchError}
          live={live}
          withMeta={!wide}
        />
        <section
          aria-label="Conversation"
          aria-busy={!progress.complete}
          className="flex min-w-0 flex-col gap-3"
        >
          <h2 className="sr-only">Transcript</h2>
          {items.isError && (
            <ThreadLoadError
              threadId={threadId}
              subject="transcript"
              error={items.error}
              onRetry={() => void (items.data ? items.fetchNextPage() : items.refetch())}
            />
          )}
          {entries?.length === 0 && progress.complete && (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
              This thread has no items yet.
            </p>
          )}
          {entries ? (
            <TranscriptWorkspace
              threadId={threadId}
              entries={entries}
              progress={progress}
              newest={jump}
              status={detail.thread.status}
            />
          ) : (
            !items.isError && <TranscriptSkeleton />
          )}
        </section>
      </div>
      {wide && (
        <FactsRail
          threadId={threadId}
          thread={detail.thread}
          lastActivity={lastActivity}
          actions={actions}
          otherThreads={otherThreads}
        />
      )}
    </article>
  );
}
