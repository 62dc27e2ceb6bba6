import type { ReactNode } from 'react';
import { cn } from '@/client/lib/cn';

interface CodeBlockProps {
  children: ReactNode;
  /**
   * Wrap long lines (tool output, raw payloads) instead of scrolling sideways (source code), from
   * the `sm` width up.
   */
  wrap?: boolean;
}

/** Monospaced text that scrolls inside itself, so long payloads never widen the page. */
export function CodeBlock({ children, wrap = true }: CodeBlockProps) {
  return (
    <pre
      // A scrollable region must be reachable by keyboard to be scrolled without a mouse.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className={cn(
        'max-h-[32rem] min-w-0 overflow-auto rounded-md bg-slate-100 p-2.5 font-mono text-xs leading-relaxed text-slate-800 dark:bg-slate-950 dark:text-slate-200',
        // Wrapping on a phone's width splits tokens ("2026-11-" / "22T10:14:03Z"): there the
        // block scrolls sideways instead. Wider, lines wrap at spaces, and a token longer than
        // the line (a URL, a hash) is broken only then (break-word, not anywhere).
        wrap
          ? 'whitespace-pre sm:[overflow-wrap:break-word] sm:whitespace-pre-wrap'
          : 'whitespace-pre',
      )}
    >
      <code>{children}</code>
    </pre>
  );
}
