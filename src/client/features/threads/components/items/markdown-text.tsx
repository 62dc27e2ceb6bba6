import { memo, use } from 'react';
import { parseMarkdown } from './markdown-parse';
import { renderMarkdown } from './markdown-render';
import { RowContext } from './row-context';

/**
 * Assistant Markdown rendered as React elements only: raw HTML stays literal text and is never
 * parsed as markup; every link goes through SafeLink. The tree is parsed once per text and
 * cached, so scrolling a row back into view or changing the find query only re-renders it.
 */
export const MarkdownText = memo(function MarkdownText({ text }: { text: string }) {
  const query = use(RowContext)?.query ?? '';
  return (
    <div className="min-w-0 space-y-2 text-sm leading-relaxed [overflow-wrap:anywhere]">
      {renderMarkdown(parseMarkdown(text), query)}
    </div>
  );
});
