import { use, type ReactNode } from 'react';
import { splitMatches } from '@/client/lib/text-match';
import { RowContext } from './row-context';

/** Find matches; `data-current` marks the one "n of N" points at (set by the find controller). */
export const markClass =
  'rounded-sm bg-yellow-200 text-slate-950 data-current:bg-orange-300 data-current:outline-2 data-current:outline-orange-600 dark:bg-yellow-200 dark:text-slate-950 dark:data-current:bg-orange-300';

/** `text` with the matches of `query` wrapped in <mark>; the text stays text, never markup. */
export function highlightMatches(text: string, query: string): ReactNode {
  if (query === '') return text;
  const parts = splitMatches(text, query);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <mark key={index} className={markClass}>
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

/** Plain text with the row's find matches wrapped in <mark>; text nodes only, never markup. */
export function HighlightedText({ text }: { text: string }) {
  const query = use(RowContext)?.query ?? '';
  return highlightMatches(text, query);
}
