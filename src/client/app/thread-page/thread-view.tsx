import { useRecordRecentView } from '@/client/features/recent/hooks/use-record-recent-view';
import { useThreadTranscript } from './use-thread-transcript';
import { ExportActions } from '@/client/features/export/components/export-actions';
import { ThreadHeader } from './thread-header';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadSkeleton, TranscriptSkeleton } from './thread-skeleton';
import { TranscriptProgress } from '@/client/features/transcript/components/transcript-progress';
import { TranscriptWorkspace } from './transcript-workspace';
import { UserThreads } from '@/client/features/other-threads/components/user-threads';

/** The one component of the thread page that talks to the data layer. Data first, then errors. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { thread, items, entries, progress, jump, live } = useThreadTranscript(threadId);
  useRecordRecentView(threadId, thread.data?.thread);

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

  return (
    <article aria-labelledby="thread-title" className="flex min-w-0 flex-col gap-4">
      <ThreadHeader
        threadId={threadId}
        thread={thread.data.thread}
        // Live polls re-read the thread every 15 s; "Live" says so, "Refreshing…" would flicker.
        refreshing={(thread.isFetching && !live.polling) || items.isFetching}
        refreshFailed={thread.isRefetchError}
        live={live}
      />
      <ExportActions
        threadId={threadId}
        detail={thread.data}
        entries={entries}
        complete={progress.complete}
      />
      <UserThreads threadId={threadId} user={thread.data.thread.user} />
      <section
        aria-label="Conversation"
        aria-busy={!progress.complete}
        className="flex flex-col gap-3"
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
        {entries && <TranscriptProgress progress={progress} />}
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
            status={thread.data.thread.status}
          />
        ) : (
          !items.isError && <TranscriptSkeleton />
        )}
      </section>
    </article>
  );
}
