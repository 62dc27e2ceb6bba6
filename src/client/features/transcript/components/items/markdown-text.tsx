import { memo, use } from 'react';
import { compiledMarkdown } from './markdown-parse';
import { RowContext } from './row-context';

/**
 * Assistant Markdown rendered as React elements only: raw HTML stays literal text and is never
 * parsed as markup; every link goes through SafeLink. The elements are compiled once per text
 * and cached, find queries included, so scrolling a row back into view only re-renders it.
 */
export const MarkdownText = memo(function MarkdownText({ text }: { text: string }) {
  const query = use(RowContext)?.query ?? '';
  return (
    <div className="min-w-0 space-y-2 text-sm leading-relaxed [overflow-wrap:anywhere]">
      {compiledMarkdown(text, query)}
    </div>
  );
});
