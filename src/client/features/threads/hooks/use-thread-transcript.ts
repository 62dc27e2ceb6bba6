import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { threadQueries } from '../api/thread-queries';
import { inlineItems } from '../lib/inline-items';
import type { TranscriptItem } from '../lib/normalize-item';
import { toTranscriptEntries } from '../lib/transcript-entries';

export interface TranscriptProgress {
  loaded: number;
  complete: boolean;
  /** The upstream said there was more but gave no usable cursor, or the page cap was hit. */
  truncated: boolean;
}

/**
 * The thread and every page of its items, fetched one page after another in the background so
 * the first page shows at once. Inline items (the API reference's example shape) paint first.
 */
export function useThreadTranscript(threadId: string) {
  const thread = useQuery(threadQueries.detail(threadId));
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

  return { thread, items, entries, progress };
}
