import { use, type ReactNode } from 'react';
import { splitMatches } from '@/client/lib/text-match';
import { FindMark } from './find-mark';
import { RowContext } from './row-context';

/** Numbers the marks of one field in document order, across the pieces it is rendered in. */
export interface MarkCounter {
  next: number;
}

/** `text` with the matches of `query` wrapped in FindMarks; the text stays text, never markup. */
export function highlightMatches(
  text: string,
  query: string,
  counter: MarkCounter = { next: 0 },
): ReactNode {
  if (query === '') return text;
  const parts = splitMatches(text, query);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <FindMark key={index} n={counter.next++}>
        {part}
      </FindMark>
    ) : (
      part
    ),
  );
}

/** Plain text with the row's find matches marked; text nodes only, never markup. */
export function HighlightedText({ text }: { text: string }) {
  const query = use(RowContext)?.query ?? '';
  return highlightMatches(text, query);
}
