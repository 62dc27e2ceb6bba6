import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { noMatches } from '@/client/lib/text-match';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type * as SearchIndex from '../lib/search-index';

// The search index is fetched when the agent first types a query, then kept for the session.
let loadedIndex: typeof SearchIndex | undefined;

/**
 * Find-in-thread state: the typed text, the query searched, its matches and the current one.
 * The search runs as a deferred render instead of after a fixed debounce: the count follows
 * typing as fast as the device allows (tens of ms over 10,000 items), and a keystroke arriving
 * mid-search abandons the stale one, so typing never waits on the transcript.
 */
export function useFind(entries: readonly TranscriptItem[]) {
  const [input, setInput] = useState('');
  const [searchIndex, setSearchIndex] = useState(() => loadedIndex);
  const typed = input !== '';
  useEffect(() => {
    if (!typed || searchIndex) return;
    void import('../lib/search-index').then((module) => {
      loadedIndex = module;
      setSearchIndex(module);
    });
  }, [typed, searchIndex]);
  // Until the index is here the query reads as not yet searched, as while a search renders.
  const query = useDeferredValue(searchIndex ? input : '');
  const [position, setPosition] = useState(0);
  const [positionQuery, setPositionQuery] = useState('');

  // A new query starts again at its first match.
  if (positionQuery !== query) {
    setPositionQuery(query);
    setPosition(0);
  }

  const result = useMemo(
    () => searchIndex?.findInEntries(entries, query) ?? noMatches,
    [searchIndex, entries, query],
  );
  const total = result.matches.length;
  const index = total === 0 ? -1 : Math.min(position, total - 1);

  const step = useCallback(
    (delta: number) => {
      // The search for what was just typed is still rendering: it lands on its first match.
      if (input !== query) return;
      if (total > 0) setPosition((index + delta + total) % total);
    },
    [input, query, index, total],
  );

  return {
    input,
    setInput,
    query,
    result,
    /** Zero-based position of the current match, -1 when there is none. */
    index,
    current: index === -1 ? undefined : result.matches[index],
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}

export type FindState = ReturnType<typeof useFind>;
