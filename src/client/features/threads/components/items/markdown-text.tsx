import { memo, use, useMemo } from 'react';
import Markdown, { type Options, type UrlTransform } from 'react-markdown';
import { safeHref } from '../../lib/safe-href';
import { markdownComponents } from './markdown-components';
import { rehypeMarkQuery } from './markdown-highlight';
import { RowContext } from './row-context';

// Unsafe URLs become '' so the `a`/`img` overrides render them as plain text.
const urlTransform: UrlTransform = (url) => safeHref(url) ?? '';

/**
 * Assistant Markdown rendered as React elements only: raw HTML is skipped, never injected.
 * Memoised on `text`, so a long message is parsed once rather than on every transcript render;
 * only a change of its row's find query parses it again, to mark the matches.
 */
export const MarkdownText = memo(function MarkdownText({ text }: { text: string }) {
  const query = use(RowContext)?.query ?? '';
  const rehypePlugins = useMemo<Options['rehypePlugins']>(
    () => (query === '' ? [] : [[rehypeMarkQuery, { query }]]),
    [query],
  );
  return (
    <div className="min-w-0 space-y-2 text-sm leading-relaxed [overflow-wrap:anywhere]">
      <Markdown
        skipHtml
        urlTransform={urlTransform}
        components={markdownComponents}
        rehypePlugins={rehypePlugins}
      >
        {text}
      </Markdown>
    </div>
  );
});
