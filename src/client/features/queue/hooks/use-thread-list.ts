import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { threadQueries } from '@/client/entities/thread/api/thread-queries';
import type { ListParams } from '@/shared/list-params';
import {
  LIST_PAGE_SIZE,
  matchesStatus,
  SCAN_PAGE_SIZE,
  SCAN_TARGET,
  scanPhase,
  shouldKeepScanning,
} from '../lib/status-scan';

/**
 * The thread list, newest first. With a status filter the loaded pages are filtered here and
 * more pages are read automatically until enough rows match, the list ends or the round's page
 * budget is spent; "Load more" starts another round.
 */
export function useThreadList({ user, status }: ListParams) {
  const filter = { user: user ?? undefined, limit: status ? SCAN_PAGE_SIZE : LIST_PAGE_SIZE };
  const query = useInfiniteQuery(threadQueries.list(filter));
  const { hasNextPage, isFetching, isError, fetchNextPage } = query;
  const pages = query.data?.pages;
  const pageCount = pages?.length ?? 0;
  const threads = pages?.flatMap((page) => page.data);
  const rows = status && threads ? threads.filter((t) => matchesStatus(t, status)) : threads;
  const [round, setRound] = useState({ target: SCAN_TARGET, firstPage: 0 });

  const scan = {
    matched: rows?.length ?? 0,
    target: round.target,
    pagesThisRound: pageCount - round.firstPage,
    hasNextPage,
    blocked: isFetching || isError || !pages,
  };
  const keepScanning = status !== null && shouldKeepScanning(scan);

  // The page count is a dependency so a page that lands within one render still continues the scan.
  useEffect(() => {
    if (keepScanning) void fetchNextPage();
  }, [keepScanning, pageCount, fetchNextPage]);

  function loadMore() {
    if (status) setRound({ target: scan.matched + SCAN_TARGET, firstPage: pageCount });
    else void fetchNextPage();
  }

  return {
    query,
    rows,
    scanned: threads?.length ?? 0,
    phase: status ? scanPhase(scan, query.isFetchingNextPage) : null,
    loadMore,
  };
}
