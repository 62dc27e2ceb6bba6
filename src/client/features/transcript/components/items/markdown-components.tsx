import type { ReactNode } from 'react';

// Markdown headings become bold paragraphs: real <h1>s from a transcript would hijack the
// page's heading outline that screen-reader users navigate by.
const headingClass = 'font-semibold text-slate-900 dark:text-slate-50';
const headingClasses: Partial<Record<number, string>> = {
  1: `${headingClass} text-lg`,
  2: `${headingClass} text-base`,
};
const codeClass = 'rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-slate-800';
const cellClass = 'border border-slate-200 px-2 py-1 align-top dark:border-slate-700';

/**
 * A box that scrolls sideways instead of widening the card; reachable by keyboard, since a
 * scrollable region must be focusable to be scrolled without a mouse.
 */
function ScrollBox({ className, children }: { className: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div tabIndex={0} className={`min-w-0 overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}

/** Its words come from a prop, not children: find marks only text the message holds as such. */
function ImageNote({ alt }: { alt: string }) {
  return <span className="text-slate-700 italic dark:text-slate-300">[Image: {alt}]</span>;
}

/**
 * The elements assistant Markdown becomes, called by markdown-render.tsx. Links go through
 * SafeLink there; images are never loaded: a remote image would tell a third party that an
 * agent opened the thread.
 */
export const markdownElements = {
  heading: (depth: number, children: ReactNode) => (
    <p className={headingClasses[depth] ?? headingClass}>{children}</p>
  ),
  list: (ordered: boolean, start: number | undefined, children: ReactNode) =>
    ordered ? (
      <ol start={start} className="list-decimal space-y-1 pl-5">
        {children}
      </ol>
    ) : (
      <ul className="list-disc space-y-1 pl-5">{children}</ul>
    ),
  blockquote: (children: ReactNode) => (
    <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {children}
    </blockquote>
  ),
  codeBlock: (children: ReactNode) => (
    <pre
      // A scrollable region must be reachable by keyboard to be scrolled without a mouse.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="min-w-0 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs leading-relaxed [overflow-wrap:normal] whitespace-pre text-slate-800 dark:bg-slate-950 dark:text-slate-200 [&>code]:bg-transparent [&>code]:p-0"
    >
      <code className={codeClass}>{children}</code>
    </pre>
  ),
  inlineCode: (children: ReactNode) => <code className={codeClass}>{children}</code>,
  // Text, not a link: a Markdown image is often wrapped in a link, and anchors cannot nest.
  image: (alt: string | null | undefined) => <ImageNote alt={alt?.trim() || 'no description'} />,
  rule: () => <hr className="border-slate-200 dark:border-slate-700" />,
  table: (header: ReactNode[], rows: ReactNode[][]) => (
    <ScrollBox className="[overflow-wrap:normal]">
      <table className="border-collapse text-left text-xs">
        <thead className="bg-slate-50 font-semibold dark:bg-slate-800/60">
          <tr>
            {header.map((cell, index) => (
              <th key={index} scope="col" className={cellClass}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column} className={cellClass}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  ),
  footnoteReference: (label: ReactNode) => <sup>[{label}]</sup>,
  footnotes: (children: ReactNode) => (
    <div className="space-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </div>
  ),
  footnote: (label: ReactNode, children: ReactNode) => (
    <p>
      <sup>[{label}]</sup>
      {children}
    </p>
  ),
};
