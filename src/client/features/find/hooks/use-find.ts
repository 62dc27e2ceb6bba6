import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import type { FindMatch } from '@/client/lib/text-match';
import { findInEntries } from '../lib/search-index';

/** Where the reader is in the matches: which match, by row and occurrence, not by position. */
interface Position {
  query: string;
  key: string;
  occurrence: number;
}

function positionOf(matches: readonly FindMatch[], at: Position | null, query: string): number {
  if (matches.length === 0) return -1;
  if (!at || at.query !== query) return 0;
  const index = matches.findIndex(
    (match) => match.key === at.key && match.occurrence === at.occurrence,
  );
  return index === -1 ? 0 : index;
}

/**
 * Find-in-thread state: the typed text, the query searched, its matches and the current one.
 * The search runs as a deferred render instead of after a fixed debounce: the count follows
 * typing as fast as the device allows (tens of ms over 10,000 items), and a keystroke arriving
 * mid-search abandons the stale one, so typing never waits on the transcript. Pages arriving
 * in the background (find loads the rest of a long thread) are searched the same way, and the
 * current match stays the same match when earlier pages are added before it.
 */
export function useFind(entries: readonly TranscriptItem[]) {
  const [input, setInput] = useState('');
  const query = useDeferredValue(input);
  const searched = useDeferredValue(entries);
  const [at, setAt] = useState<Position | null>(null);

  const result = useMemo(() => findInEntries(searched, query), [searched, query]);
  const total = result.matches.length;
  const index = positionOf(result.matches, at, query);

  const step = useCallback(
    (delta: number) => {
      // The search for what was just typed is still rendering: it lands on its first match.
      if (input !== query || total === 0) return;
      // From the latest position, not this render's: two quick Enters step twice.
      setAt((previous) => {
        const from = positionOf(result.matches, previous, query);
        const next = result.matches[(from + delta + total) % total];
        return next ? { query, key: next.key, occurrence: next.occurrence } : previous;
      });
    },
    [input, query, total, result.matches],
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
