import { useEffect, useId, useRef, type Ref } from 'react';
import { smallButton } from '@/client/components/ui/button-styles';
import type { FindState } from '../hooks/use-find';
import type { TranscriptProgress } from '@/client/entities/thread/model/transcript-progress';

interface FindBarProps {
  find: FindState;
  progress: TranscriptProgress;
  inputRef: Ref<HTMLInputElement>;
  /**
   * Escape in the box: leave find for the current match's item (its key), or for the transcript
   * when there is no current match (null). The box is blurred first either way.
   */
  onLeave?: (matchKey: string | null) => void;
}

function summary(find: FindState, progress: TranscriptProgress): string {
  if (find.query.trim() === '') return '';
  const total = find.result.matches.length;
  const count = total === 0 ? 'No matches' : `${String(find.index + 1)} of ${String(total)}`;
  if (progress.complete) return count;
  // Find loads the rest from both ends while it searches; the count grows as pages arrive.
  const matches = `${total.toLocaleString()} ${total === 1 ? 'match' : 'matches'}`;
  const scope = `in the ${progress.loaded.toLocaleString()} items loaded so far`;
  if (total === 0) return `No matches ${scope} — searching the rest…`;
  return `${count} · ${matches} ${scope} — searching the rest…`;
}

/**
 * "Find in thread": Enter / Shift+Enter step through matches, the count is announced, and Escape
 * hands focus to the match. It stays in view while stepping: sticky below whatever the page
 * pins above it (`--sticky-top`, 0 unless set).
 */
export function FindBar({ find, progress, inputRef, onLeave }: FindBarProps) {
  const inputId = useId();
  const none = find.result.matches.length === 0;
  // Enter pressed while the search for the latest keystroke is still rendering would be dropped
  // (find steps only through the matches of what was typed): it waits for that search instead,
  // every press of it, in order.
  const queued = useRef<('next' | 'previous')[]>([]);
  const settled = find.input === find.query;
  useEffect(() => {
    if (!settled || queued.current.length === 0) return;
    const steps = queued.current;
    queued.current = [];
    for (const step of steps) find[step]();
  }, [settled, find]);
  return (
    <div
      role="search"
      aria-label="Find in thread"
      className="sticky top-[var(--sticky-top,0px)] z-10 -mx-1 flex min-w-0 flex-wrap items-center gap-2 bg-white px-1 py-2 dark:bg-slate-950"
    >
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Find in thread
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        value={find.input}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => find.setInput(event.target.value)}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'Escape') {
            // Keeps the query (and its highlights): "/" comes back to it. A search field would
            // otherwise clear itself on Escape.
            event.preventDefault();
            event.currentTarget.blur();
            onLeave?.(find.current?.key ?? null);
            return;
          }
          if (event.key !== 'Enter') return;
          event.preventDefault();
          const step = event.shiftKey ? 'previous' : 'next';
          queued.current.push(step);
          if (!settled) return;
          const steps = queued.current;
          queued.current = [];
          for (const queuedStep of steps) find[queuedStep]();
        }}
        className="min-w-0 flex-1 basis-40 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      <span className="inline-flex gap-1.5">
        <button type="button" className={smallButton} disabled={none} onClick={find.previous}>
          Previous match
        </button>
        <button type="button" className={smallButton} disabled={none} onClick={find.next}>
          Next match
        </button>
      </span>
      <p role="status" className="basis-full text-sm text-slate-700 dark:text-slate-300">
        {summary(find, progress)}
      </p>
    </div>
  );
}
