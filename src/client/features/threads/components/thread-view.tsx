import { useThreadTranscript } from '../hooks/use-thread-transcript';
import { ThreadHeader } from './thread-header';
import { ThreadLoadError } from './thread-load-error';
import { ThreadSkeleton, TranscriptSkeleton } from './thread-skeleton';
import { Transcript } from './transcript';
import { TranscriptProgress } from './transcript-progress';

/** The one component of the thread page that talks to the data layer. Data first, then errors. */
export function ThreadView({ threadId }: { threadId: string }) {
  const { thread, items, entries, progress } = useThreadTranscript(threadId);

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
        thread={thread.data}
        refreshing={thread.isFetching || items.isFetching}
        refreshFailed={thread.isRefetchError}
      />
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
        {entries ? <Transcript entries={entries} /> : !items.isError && <TranscriptSkeleton />}
      </section>
    </article>
  );
}
