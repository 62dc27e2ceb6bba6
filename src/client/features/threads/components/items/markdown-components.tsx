import type { Components } from 'react-markdown';
import { markClass } from './highlighted-text';
import { SafeLink } from './safe-link';

// Markdown headings become bold paragraphs: real <h1>s from a transcript would hijack the
// page's heading outline that screen-reader users navigate by.
const headingClass = 'font-semibold text-slate-900 dark:text-slate-50';

/**
 * Element overrides for assistant Markdown. Links go through SafeLink; images are never loaded:
 * a remote image would tell a third party that an agent opened the thread.
 */
export const markdownComponents: Components = {
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  // Text, not a link: a Markdown image is often wrapped in a link, and anchors cannot nest.
  img: ({ alt }) => (
    <span className="text-slate-700 italic dark:text-slate-300">
      [Image: {alt?.trim() || 'no description'}]
    </span>
  ),
  h1: ({ children }) => <p className={`${headingClass} text-lg`}>{children}</p>,
  h2: ({ children }) => <p className={`${headingClass} text-base`}>{children}</p>,
  h3: ({ children }) => <p className={headingClass}>{children}</p>,
  h4: ({ children }) => <p className={headingClass}>{children}</p>,
  h5: ({ children }) => <p className={headingClass}>{children}</p>,
  h6: ({ children }) => <p className={headingClass}>{children}</p>,
  ul: ({ children }) => <ul className="list-disc space-y-1 pl-5">{children}</ul>,
  ol: ({ children, start }) => (
    <ol start={start} className="list-decimal space-y-1 pl-5">
      {children}
    </ol>
  ),
  blockquote: ({ children }) => (
    <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {children}
    </blockquote>
  ),
  pre: ({ children }) => (
    <pre
      // A scrollable region must be reachable by keyboard to be scrolled without a mouse.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="min-w-0 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs leading-relaxed [overflow-wrap:normal] whitespace-pre text-slate-800 dark:bg-slate-950 dark:text-slate-200 [&>code]:bg-transparent [&>code]:p-0"
    >
      {children}
    </pre>
  ),
  code: ({ children }) => (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-slate-800">
      {children}
    </code>
  ),
  mark: ({ children }) => <mark className={markClass}>{children}</mark>,
  hr: () => <hr className="border-slate-200 dark:border-slate-700" />,
};
