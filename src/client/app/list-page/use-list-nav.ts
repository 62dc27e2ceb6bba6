import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useSearch } from 'wouter';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import {
  LIST_STATE_FIELD,
  listKeyOf,
  newListKey,
  readListContext,
  saveListContext,
  steppableIds,
} from '@/client/features/queue/lib/list-context';
import type { ListClaims } from '@/client/lib/list-nav';
import { isThreadId } from '@/shared/thread-id';

/** From this width the list and the selected thread share the screen. */
const SPLIT_QUERY = '(min-width: 1024px)';

function subscribeToWidth(onChange: () => void): () => void {
  const query = matchMedia(SPLIT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function useSplit(): boolean {
  return useSyncExternalStore(subscribeToWidth, () => matchMedia(SPLIT_QUERY).matches);
}

/**
 * What a list page (the queue, a triage board) does with its rows: select into the pane beside
 * the list (wide screens, `?selected=` in the URL, replaced rather than pushed so j/k leave no
 * trail in history), or open the thread page with the list's order kept for Next/Previous.
 * Coming back to the list puts focus on the row last worked.
 */
export function useListNav(label: string) {
  const split = useSplit();
  const [pathname, navigate] = useLocation();
  const search = useSearch();
  const raw = new URLSearchParams(search).get('selected');
  const selected = split && raw !== null && isThreadId(raw) ? raw : null;
  const ids = useRef<readonly string[]>([]);
  const claims = useRef<ListClaims | undefined>(undefined);
  const queryClient = useQueryClient();
  const scroller = useRef<HTMLDivElement>(null);
  // Read once: the list this entry was left for, if the agent is coming back to it.
  const [returning] = useState(() => readListContext(listKeyOf(history.state)));
  const worked = returning?.worked ?? null;
  // Focus goes to that row once; a filter changed afterwards must not pull it back there.
  const [focusId, setFocusId] = useState(worked);
  const onFocused = useCallback(() => setFocusId(null), []);

  const hrefWith = useCallback(
    (id: string | null) => {
      const next = new URLSearchParams(search);
      if (id === null) next.delete('selected');
      else next.set('selected', id);
      const query = next.toString();
      return query === '' ? pathname : `${pathname}?${query}`;
    },
    [pathname, search],
  );

  const onSelect = useCallback(
    // The entry's state (scroll key, list key) stays: it is the same place in history.
    (id: string) => navigate(hrefWith(id), { replace: true, state: history.state as unknown }),
    [navigate, hrefWith],
  );

  const onOpen = useCallback(
    (id: string) => {
      const key = listKeyOf(history.state) ?? newListKey();
      const scrollTop = scroller.current?.scrollTop;
      saveListContext({
        key,
        label,
        href: hrefWith(null),
        ids: [...ids.current],
        worked: id,
        scrollTop,
        claims: claims.current,
      });
      // The list's entry names its context too, so Back finds the row that was worked.
      const state: unknown = history.state;
      const here = typeof state === 'object' && state !== null ? state : {};
      History.prototype.replaceState.call(history, { ...here, [LIST_STATE_FIELD]: key }, '');
      navigate(`/threads/${id}`, { state: { [LIST_STATE_FIELD]: key } });
    },
    [label, hrefWith, navigate],
  );

  /**
   * `]`/`[` in the split view: the pane shows the next or previous row's thread, passing by
   * other agents' claims as Next in queue does (the list has asked for the agent's name).
   */
  const onStepSelection = useCallback(
    (direction: 1 | -1) => {
      const agentName = queryClient.getQueryData(reviewQueries.me().queryKey)?.name ?? null;
      const list = steppableIds(ids.current, claims.current, agentName, selected);
      const at = selected === null ? -1 : list.indexOf(selected);
      const next = at === -1 ? list[0] : list[at + direction];
      if (next !== undefined) onSelect(next);
    },
    [selected, onSelect, queryClient],
  );

  const onIds = useCallback((list: readonly string[], held?: ListClaims) => {
    ids.current = list;
    // Kept even when nobody holds a claim: the thread page then asks who holds what now, since
    // a claim taken after the list was shown must be passed by too. A list without reviews (the
    // triage board) has none, and its thread pages ask nothing.
    claims.current = held;
  }, []);

  // Back from a thread stepped to with Next: the pane shows the thread that was worked.
  const synced = useRef(false);
  useEffect(() => {
    if (synced.current || !split || worked === null) return;
    synced.current = true;
    if (worked !== selected) onSelect(worked);
  }, [split, worked, selected, onSelect]);

  useEffect(() => {
    if (returning?.scrollTop && scroller.current) scroller.current.scrollTop = returning.scrollTop;
  }, [returning]);

  return {
    split,
    selected,
    focusId,
    onFocused,
    onSelect,
    onOpen,
    onIds,
    onStepSelection,
    scroller,
  };
}

export type ListPageNav = ReturnType<typeof useListNav>;
