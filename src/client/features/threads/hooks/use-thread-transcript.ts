import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ThreadResource } from '@/shared/api-contract';
import { LIVE_POLL_MS, threadQueries } from '../api/thread-queries';
import { inlineItems } from '../lib/inline-items';
import type { TranscriptItem } from '../lib/normalize-item';
import { readStatus } from '../lib/read-status';
import { toTranscriptEntries } from '../lib/transcript-entries';
import { useLiveTail } from './use-live-tail';

export interface TranscriptProgress {
  loaded: number;
  complete: boolean;
  /** The upstream said there was more but gave no usable cursor, or the page cap was hit. */
  truncated: boolean;
}

function isActive(thread: ThreadResource | undefined): boolean {
  return readStatus(thread?.status).kind === 'active';
}

/**
 * The thread and every page of its items, fetched one page after another in the background so
 * the first page shows at once. Inline items (the API reference's example shape) paint first.
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
  const entries = useMemo<TranscriptItem[] | undefined>(() => {
    const raws = pages ? pages.flatMap((page) => page.data) : inlineItems(thread.data);
    return raws && toTranscriptEntries(raws);
  }, [pages, thread.data]);

  const lastPage = pages?.at(-1);
  const progress: TranscriptProgress = {
    loaded: entries?.length ?? 0,
    complete: items.isSuccess && !hasNextPage,
    truncated: items.isSuccess && !hasNextPage && lastPage?.has_more === true,
  };

  const live = useLiveTail(threadId, isActive(thread.data), progress.complete);

  return { thread, items, entries, progress, live };
}
