import { memo } from 'react';
import Markdown, { type UrlTransform } from 'react-markdown';
import { safeHref } from '../../lib/safe-href';
import { markdownComponents } from './markdown-components';

// Unsafe URLs become '' so the `a`/`img` overrides render them as plain text.
const urlTransform: UrlTransform = (url) => safeHref(url) ?? '';

/**
 * Assistant Markdown rendered as React elements only: raw HTML is skipped, never injected.
 * Memoised on `text`, so a long message is parsed once rather than on every transcript render.
 */
export const MarkdownText = memo(function MarkdownText({ text }: { text: string }) {
  return (
    <div className="min-w-0 space-y-2 text-sm leading-relaxed [overflow-wrap:anywhere]">
      <Markdown skipHtml urlTransform={urlTransform} components={markdownComponents}>
        {text}
      </Markdown>
    </div>
  );
});
