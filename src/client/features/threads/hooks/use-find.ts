import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TranscriptItem } from '../lib/normalize-item';
import { findInEntries } from '../lib/search-index';

/** Typing pauses this long before the transcript is searched and re-rendered. */
export const FIND_DEBOUNCE_MS = 150;

/** Find-in-thread state: the typed text, the debounced query, its matches and the current one. */
export function useFind(entries: readonly TranscriptItem[]) {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [position, setPosition] = useState(0);
  const [positionQuery, setPositionQuery] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setQuery(input), FIND_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

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
      // Enter before the debounce has fired searches at once instead of stepping a stale list.
      if (input !== query) {
        setQuery(input);
        return;
      }
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
