import { use, useId, useMemo, useState, type ReactNode } from 'react';
import { clipText } from '../../lib/clip-text';
import { countOccurrences, normalizeQuery } from '@/client/lib/text-match';
import { HighlightedText } from './highlighted-text';
import { RowContext } from './row-context';

interface ClippedTextProps {
  text: string;
  /** Renders the visible part; plain wrapped text by default. */
  children?: (visible: string) => ReactNode;
}

function renderPlain(text: string): ReactNode {
  return (
    <p className="[overflow-wrap:anywhere] whitespace-pre-wrap">
      <HighlightedText text={text} />
    </p>
  );
}

/**
 * Shows the start of very long content behind "Show more". The text itself is cut, not just
 * hidden with CSS, so a 200 KB message costs the page no more than a short one until expanded.
 */
export function ClippedText({ text, children = renderPlain }: ClippedTextProps) {
  const [expanded, setExpanded] = useState(false);
  const contentId = useId();
  const clip = useMemo(() => clipText(text), [text]);
  const query = use(RowContext)?.query ?? '';
  // A find match in the cut-off part would be counted but invisible: show the whole text then.
  const matchHidden = useMemo(() => {
    if (!clip.clipped || query === '') return false;
    const needle = normalizeQuery(query);
    return (
      countOccurrences(text.toLowerCase(), needle) >
      countOccurrences(clip.visible.toLowerCase(), needle)
    );
  }, [clip, text, query]);
  const showAll = expanded || !clip.clipped || matchHidden;

  return (
    <div className="min-w-0">
      {/* Isolated: direction controls in a message work inside it and stop at its end. */}
      <div id={contentId} dir="auto" className="min-w-0 [unicode-bidi:isolate]">
        {children(showAll ? text : clip.visible)}
      </div>
      {clip.clipped && !matchHidden && (
        <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={contentId}
            onClick={() => setExpanded((value) => !value)}
            className="rounded text-sm font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-200"
          >
            {expanded ? 'Show less' : 'Show more'}
          </button>
          {!expanded && (
            <span className="text-xs text-slate-600 dark:text-slate-400">
              Showing {clip.visible.length.toLocaleString()} of {text.length.toLocaleString()}{' '}
              characters
            </span>
          )}
        </div>
      )}
    </div>
  );
}
