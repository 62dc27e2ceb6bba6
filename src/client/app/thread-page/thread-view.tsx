import { useRecordRecentView } from '@/client/features/recent/hooks/use-record-recent-view';
import { useThreadTranscript } from './use-thread-transcript';
import { ExportActions } from '@/client/features/export/components/export-actions';
import { ThreadHeader } from './thread-header';
import { ThreadLoadError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadSkeleton, TranscriptSkeleton } from './thread-skeleton';
import { TranscriptProgress } from '@/client/features/transcript/components/transcript-progress';
import { TranscriptWorkspace } from './transcript-workspace';
import { UserThreads } from '@/client/features/other-threads/components/user-threads';

/** Retries what failed: the first page, or the page on the side that was loading. */
function retryItems(items: ReturnType<typeof useThreadTranscript>['items']) {
  if (!items.data) return items.refetch();
  if (items.isFetchPreviousPageError) return items.fetchPreviousPage();
  return items.fetchNextPage();
}

/** The one component of the thread page that talks to the data layer. Data first, then errors. */
export function ThreadView({ threadId }: { threadId: string }) {
  const transcript = useThreadTranscript(threadId);
  const { thread, items, entries, progress, ends, loader, live, latest } = transcript;
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
        latest={latest}
        loaded={progress.loaded}
        loadAll={loader.loadAll}
      />
      <UserThreads threadId={threadId} user={thread.data.thread.user} />
      <section
        aria-label="Conversation"
        aria-busy={progress.loading}
        className="flex flex-col gap-3"
      >
        <h2 className="sr-only">Transcript</h2>
        {items.isError && (
          <ThreadLoadError
            threadId={threadId}
            subject="transcript"
            error={items.error}
            onRetry={() => void retryItems(items)}
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
            ends={ends}
            loader={loader}
            status={thread.data.thread.status}
            opensAtEnd={transcript.opensAtEnd}
            targetMissing={transcript.targetMissing}
          />
        ) : (
          !items.isError && <TranscriptSkeleton />
        )}
      </section>
    </article>
  );
}
