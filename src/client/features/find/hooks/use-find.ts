import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { findInEntries } from '../lib/search-index';

/**
 * Find-in-thread state: the typed text, the query searched, its matches and the current one.
 * The search runs as a deferred render instead of after a fixed debounce: the count follows
 * typing as fast as the device allows (tens of ms over 10,000 items), and a keystroke arriving
 * mid-search abandons the stale one, so typing never waits on the transcript.
 */
export function useFind(entries: readonly TranscriptItem[]) {
  const [input, setInput] = useState('');
  const query = useDeferredValue(input);
  const [position, setPosition] = useState(0);
  const [positionQuery, setPositionQuery] = useState('');

  // A new query starts again at its first match.
  if (positionQuery !== query) {
    setPositionQuery(query);
    setPosition(0);
  }

  const result = useMemo(() => findInEntries(entries, query), [entries, query]);
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
