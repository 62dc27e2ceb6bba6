import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ThreadDetail } from '@/shared/api-contract';
import { LIVE_POLL_MS, threadQueries } from '@/client/entities/thread/api/thread-queries';
import { inlineEntries, mergeInline } from '@/client/entities/thread/model/inline-items';
import { rowId } from '@/client/entities/thread/model/transcript-item';
import { mergeNewest } from '@/client/features/transcript/lib/newest-merge';
import { readStatus } from '@/client/entities/thread/model/read-status';
import {
  entriesOfPages,
  toTranscriptEntries,
} from '@/client/entities/thread/model/transcript-entries';
import { useLiveTail } from '@/client/features/live/hooks/use-live-tail';
import type {
  NewestControl,
  TranscriptProgress,
} from '@/client/entities/thread/model/transcript-progress';

function isActive(detail: ThreadDetail | undefined): boolean {
  return readStatus(detail?.thread.status).kind === 'active';
}

function useNewestEntries(threadId: string, wanted: boolean) {
  const newest = useQuery({ ...threadQueries.newest(threadId), enabled: wanted });
  // The page comes newest first; the transcript reads oldest first.
  const entries = useMemo(
    () => newest.data && toTranscriptEntries([...newest.data.data].reverse()),
    [newest.data],
  );
  // A retry in flight is not a failure (the error status stays until it answers).
  return { entries, failed: newest.isError && !newest.isFetching, refetch: newest.refetch };
}

/**
 * The thread and every page of its items, fetched one page after another in the background so
 * the first page shows at once. Inline items (the API reference's example shape) paint first and
 * stay, merged by ID, whatever the pages add.
 * "Jump to latest" adds the newest page at the end until the background pages reach it.
 * An active thread is live: the thread and the tail of its items are re-read every 15 s while
 * the tab is visible; polling stops by itself once a re-read shows it locked or closed.
 */
export function useThreadTranscript(threadId: string) {
  const thread = useQuery({
    ...threadQueries.detail(threadId),
    refetchInterval: (query) => (isActive(query.state.data) ? LIVE_POLL_MS : false),
    refetchIntervalInBackground: false,
  });
  const items = useInfiniteQuery(threadQueries.items(threadId));
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = items;
  // The page count is a dependency on purpose: a fast answer can start and finish a fetch within
  // one render batch, leaving every flag unchanged, and the chain of pages would stall.
  const pageCount = items.data?.pages.length ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [pageCount, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  const pages = items.data?.pages;
  const inline = inlineEntries(thread.data);
  const loaded = useMemo(
    () => mergeInline(inline, pages && entriesOfPages(pages), rowId),
    [pages, inline],
  );
  const complete = items.isSuccess && !hasNextPage;

  const [newestWanted, setNewestWanted] = useState(false);
  const newest = useNewestEntries(threadId, newestWanted && !complete);
  const merged = useMemo(
    () => (loaded && !complete ? mergeNewest(loaded, newest.entries) : undefined),
    [loaded, complete, newest.entries],
  );
  const entries = merged?.entries ?? loaded;

  const progress: TranscriptProgress = {
    loaded: entries?.length ?? 0,
    complete,
    hasMore: hasNextPage,
    truncated: complete && pages?.at(-1)?.has_more === true,
  };

  const { refetch: refetchNewest, failed } = newest;
  const request = useCallback(() => {
    if (complete) return;
    setNewestWanted(true);
    if (failed) void refetchNewest();
  }, [complete, failed, refetchNewest]);
  const jump: NewestControl = {
    request,
    ready: complete || newest.entries !== undefined,
    failed: !complete && failed,
    pendingAt: merged?.pendingAt ?? null,
  };

  const live = useLiveTail(threadId, isActive(thread.data), complete);

  return { thread, items, entries, progress, jump, live };
}
