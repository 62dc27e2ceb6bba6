import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemsPage, ThreadDetail } from '@/shared/api-contract';
import { LIVE_POLL_MS, threadQueries } from '@/client/entities/thread/api/thread-queries';
import { inlineEntries, mergeInline } from '@/client/entities/thread/model/inline-items';
import { itemIdFromHash, itemIdOf } from '@/client/entities/thread/model/item-link';
import { rowId, type TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { readStatus, type StatusKind } from '@/client/entities/thread/model/read-status';
import {
  entriesOfPages,
  toTranscriptEntries,
} from '@/client/entities/thread/model/transcript-entries';
import { anchorKey, type WindowAnchor } from '@/client/entities/thread/model/transcript-window';
import type {
  EndsControl,
  TranscriptLoader,
  TranscriptProgress,
  WholeTranscript,
} from '@/client/entities/thread/model/transcript-progress';
import { useLiveTail } from '@/client/features/live/hooks/use-live-tail';
import { opensAtEnd, readOpenAt, type OpenAt } from '@/client/features/transcript/lib/open-at';
import { useHash } from '@/client/lib/navigation';

function isActive(detail: ThreadDetail | undefined): boolean {
  return readStatus(detail?.thread.status).kind === 'active';
}

/** Where the first screen of a thread is, once what it depends on is known. */
export interface Opening {
  anchor: WindowAnchor;
  /** Scroll to the end of what loads (the newest items) rather than stay at the top. */
  atEnd: boolean;
}

/**
 * An item link opens at its item; otherwise the agent's choice, or the thread's status, says
 * start or newest. A thread whose newest page is all of it loads that page either way: one
 * request instead of two. Undefined while the status or newest page is still needed.
 */
export function chooseOpening(
  hashItem: string | null,
  openAt: OpenAt,
  status: StatusKind | undefined,
  newest: ItemsPage | undefined,
  newestFailed: boolean,
): Opening | undefined {
  if (hashItem !== null) return { anchor: { kind: 'item', itemId: hashItem }, atEnd: false };
  if (openAt === 'start') return { anchor: { kind: 'start' }, atEnd: false };
  if (openAt === 'newest') return { anchor: { kind: 'newest' }, atEnd: true };
  if (status === undefined) return undefined;
  if (opensAtEnd(openAt, status)) return { anchor: { kind: 'newest' }, atEnd: true };
  if (newestFailed) return { anchor: { kind: 'start' }, atEnd: false };
  if (!newest) return undefined;
  return { anchor: newest.has_more ? { kind: 'start' } : { kind: 'newest' }, atEnd: false };
}

const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 250 });
    else setTimeout(resolve, 0);
  });

/**
 * The thread, its newest page, and its transcript loaded as one window around where the agent
 * is reading (see transcript-window.ts): at most a few requests before anything shows, whatever
 * the thread's length. The window grows as the agent scrolls (`loader.loadOlder/loadNewer`), in
 * idle time from both ends while find searches (`loader.setBackground`), and all the way on
 * demand for exports (`loader.loadAll`). Inline items (the API reference's example shape)
 * paint first and stay, merged by ID.
 * An active thread is live: the thread and the tail of its items are re-read every 15 s while
 * the tab is visible and the window reaches the newest item.
 */
export function useThreadTranscript(threadId: string) {
  const thread = useQuery({
    ...threadQueries.detail(threadId),
    refetchInterval: (query) => (isActive(query.state.data) ? LIVE_POLL_MS : false),
    refetchIntervalInBackground: false,
  });
  // Every opening needs the newest page: last activity, the handoff, "Jump to latest".
  const newest = useQuery(threadQueries.newest(threadId));

  const hashItem = itemIdFromHash(useHash());
  const [openAt] = useState(readOpenAt);
  const [opening, setOpening] = useState<Opening | undefined>(() =>
    chooseOpening(hashItem, openAt, undefined, undefined, false),
  );
  const statusKind = thread.data ? readStatus(thread.data.thread.status).kind : undefined;
  if (opening === undefined) {
    const chosen = chooseOpening(hashItem, openAt, statusKind, newest.data, newest.isError);
    if (chosen) setOpening(chosen);
  }
  const [moved, setMoved] = useState<WindowAnchor | null>(null);
  const anchor = moved ?? opening?.anchor;

  const windowOptions = threadQueries.window(threadId, anchor ?? { kind: 'start' });
  const items = useInfiniteQuery({
    ...windowOptions,
    enabled: anchor !== undefined,
    // Moving the window (Jump to start or latest, an item link elsewhere in the thread) keeps
    // the current items on screen until the new ones arrive, so the page and what the agent is
    // doing stay put. Never another thread's items.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === threadId ? previous : undefined,
  });
  const latestResult = useRef(items);
  latestResult.current = items;
  const currentKey = anchor ? anchorKey(anchor) : '';
  const currentKeyRef = useRef(currentKey);
  currentKeyRef.current = currentKey;

  const pages = items.data?.pages;
  const inline = inlineEntries(thread.data);
  const entries = useMemo(
    () => mergeInline(inline, pages && entriesOfPages(pages), rowId),
    [pages, inline],
  );
  const hasOlder = items.hasPreviousPage;
  const hasNewer = items.hasNextPage;
  const loadedPages = items.isSuccess && !items.isPlaceholderData && pages !== undefined;
  const complete = loadedPages && !hasOlder && !hasNewer;
  const firstPage = pages?.[0];
  const lastPage = pages?.at(-1);
  const truncated =
    loadedPages &&
    ((firstPage?.hasOlder === true && !hasOlder) || (lastPage?.hasNewer === true && !hasNewer));
  const targetMissing =
    anchor?.kind === 'item' && anchor.itemId === hashItem && firstPage?.target === 'missing';

  // Following an item link to an item outside the loaded window moves the window to it, once
  // per link: the agent may move the window away again (Jump to start) with the hash unchanged.
  const hashLoaded = useMemo(
    () => hashItem !== null && entries?.some((entry) => itemIdOf(entry) === hashItem) === true,
    [entries, hashItem],
  );
  const [followedHash, setFollowedHash] = useState(hashItem);
  if (hashItem !== followedHash && (hashItem === null || hashLoaded || loadedPages)) {
    setFollowedHash(hashItem);
    if (hashItem !== null && !hashLoaded && !complete) setMoved({ kind: 'item', itemId: hashItem });
  }

  const loadOlder = useCallback(() => {
    const result = latestResult.current;
    if (result.hasPreviousPage && !result.isFetching && !result.isError)
      void result.fetchPreviousPage({ cancelRefetch: false });
  }, []);
  const loadNewer = useCallback(() => {
    const result = latestResult.current;
    if (result.hasNextPage && !result.isFetching && !result.isError)
      void result.fetchNextPage({ cancelRefetch: false });
  }, []);

  // One loop fills the window from both ends, a page at a time, yielding to input between pages.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [background, setBackground] = useState(false);
  const backgroundRef = useRef(background);
  backgroundRef.current = background;
  const wantAll = useRef(0);
  const filling = useRef<Promise<void> | null>(null);
  const fill = useCallback((): Promise<void> => {
    if (filling.current) return filling.current;
    const key = currentKeyRef.current;
    const run = (async () => {
      let olderTurn = true;
      let state = latestResult.current;
      for (;;) {
        if (!mounted.current || currentKeyRef.current !== key) return;
        if (!backgroundRef.current && wantAll.current === 0) return;
        if (!state.hasPreviousPage && !state.hasNextPage) return;
        const older = state.hasPreviousPage && (olderTurn || !state.hasNextPage);
        state = await (older ? state.fetchPreviousPage : state.fetchNextPage)({
          cancelRefetch: false,
        });
        if (state.isError) throw state.error;
        olderTurn = !olderTurn;
        await idle();
      }
    })().finally(() => {
      filling.current = null;
    });
    filling.current = run;
    return run;
  }, []);

  const client = useQueryClient();
  const windowKey = windowOptions.queryKey;
  const latestKey = useRef(windowKey);
  latestKey.current = windowKey;
  const latestInline = useRef(inline);
  latestInline.current = inline;
  const loadAll = useCallback(async (): Promise<WholeTranscript> => {
    wantAll.current += 1;
    try {
      // The window can move (Jump to latest) while it fills: fill the one in place then.
      for (let attempt = 0; attempt < 3; attempt++) {
        await fill();
        const state = latestResult.current;
        const data = client.getQueryData(latestKey.current);
        if (data && state.isSuccess && !state.hasPreviousPage && !state.hasNextPage) {
          const paged = entriesOfPages(data.pages);
          return {
            entries: mergeInline(latestInline.current, paged, rowId) ?? paged,
            pages: data.pages,
          };
        }
        if (!mounted.current) break;
      }
      throw new Error('The transcript moved while it was loading. Try again.');
    } finally {
      wantAll.current -= 1;
    }
  }, [fill, client]);

  useEffect(() => {
    if (background && items.isSuccess && !complete) fill().catch(() => undefined);
  }, [background, items.isSuccess, complete, fill, currentKey]);

  const loader: TranscriptLoader = useMemo(
    () => ({ loadOlder, loadNewer, loadAll, setBackground }),
    [loadOlder, loadNewer, loadAll],
  );

  const progress: TranscriptProgress = {
    loaded: entries?.length ?? 0,
    complete,
    hasOlder,
    hasNewer,
    loading: items.isFetching,
    truncated,
  };

  // The newest items, for the handoff and the rail: the window's own when it reaches the end
  // (the live tail keeps them fresh), else the newest page.
  const newestRows = useMemo(
    () => newest.data && toTranscriptEntries([...newest.data.data].reverse()),
    [newest.data],
  );
  const atLatest = loadedPages && !hasNewer;
  const latest: readonly TranscriptItem[] | undefined = atLatest ? entries : newestRows;
  const lastActivity = lastCreatedAt(latest);

  const ends: EndsControl = {
    toLatest: useCallback(() => setMoved({ kind: 'newest' }), []),
    toStart: useCallback(() => setMoved({ kind: 'start' }), []),
    atLatest,
    atStart: loadedPages && !hasOlder,
    failed: newest.isError && !newest.isFetching,
  };

  const live = useLiveTail(threadId, windowOptions.queryKey, isActive(thread.data), atLatest);

  return {
    thread,
    items,
    entries,
    progress,
    loader,
    ends,
    live,
    latest,
    lastActivity,
    /** Scroll to the newest items when the thread first shows (locked or closed, or chosen). */
    opensAtEnd: moved === null && opening?.atEnd === true,
    targetMissing,
    anchorKey: currentKey,
  };
}

function lastCreatedAt(rows: readonly TranscriptItem[] | undefined): number | undefined {
  if (!rows) return undefined;
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index];
    const at = row?.kind === 'item' ? row.item.created_at : row?.unknown.createdAt;
    if (at !== undefined && at > 0) return at;
  }
  return undefined;
}
