import { useDeferredValue } from 'react';
import type { ThreadDetail } from '@/shared/api-contract';
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
import { OpenAtControl } from '@/client/features/transcript/components/open-at-control';
import { pageGrid, WIDE_QUERY } from './thread-layout';
import { ReviewSlot } from './review-slot';
import { useItemFlags } from '@/client/features/review/hooks/use-item-flags';
import { useQuery } from '@tanstack/react-query';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import { ItemFlagsContext } from '@/client/entities/review/ui/item-flags';

/** Retries what failed: the first page, or the page on the side that was loading. */
function retryItems(items: ReturnType<typeof useThreadTranscript>['items']) {
  if (!items.data) return items.refetch();
  if (items.isFetchPreviousPageError) return items.fetchPreviousPage();
  return items.fetchNextPage();
}

/** The one component of the thread page that talks to the data layer. Data first, then errors. */
export function ThreadView({ threadId }: { threadId: string }) {
  const transcript = useThreadTranscript(threadId);
  const { thread, items, progress, ends, loader, live, latest, lastActivity } = transcript;
  // Rendered in slices (a transition), so new items never block a phone's main thread for the
  // whole transcript; the items on screen stay until the new ones are ready.
  const entries = useDeferredValue(transcript.entries);
  // What the rows show has caught up with what is loaded (progress and ends are not deferred).
  const settled = entries === transcript.entries;
  useRecordRecentView(threadId, thread.data?.thread);
  // Decided while rendering, so the first paint is laid out for this screen: no swap, no shift.
  const wide = useMediaQuery(WIDE_QUERY, true);
  const itemFlags = useItemFlags(threadId);
  const review = useQuery(reviewQueries.review(threadId)).data?.review;

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
  const actions = (
    <>
      <ExportActions
        threadId={threadId}
        detail={detail}
        latest={latest}
        loaded={progress.loaded}
        loadAll={loader.loadAll}
        review={review}
      />
      <OpenAtControl />
    </>
  );
  const otherThreads = <UserThreads threadId={threadId} user={detail.thread.user} />;
  const reviewPanel = <ReviewSlot threadId={threadId} />;

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
            {reviewPanel}
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
          aria-busy={progress.loading}
          className="flex min-w-0 flex-col gap-3"
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
          {entries?.length === 0 && progress.complete && (
            <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400">
              This thread has no items yet.
            </p>
          )}
          {entries ? (
            <ItemFlagsContext value={itemFlags}>
              <TranscriptWorkspace
                threadId={threadId}
                entries={entries}
                progress={progress}
                ends={ends}
                loader={loader}
                status={detail.thread.status}
                settled={settled}
                opensAtEnd={transcript.opensAtEnd}
                targetMissing={transcript.targetMissing}
              />
            </ItemFlagsContext>
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
          review={reviewPanel}
          actions={actions}
          otherThreads={otherThreads}
        />
      )}
    </article>
  );
}
