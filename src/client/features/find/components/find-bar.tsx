import { useId, type Ref } from 'react';
import { smallButton } from '@/client/components/ui/button-styles';
import type { FindState } from '../hooks/use-find';
import type { TranscriptProgress } from '@/client/entities/thread/model/transcript-progress';

interface FindBarProps {
  find: FindState;
  progress: TranscriptProgress;
  inputRef: Ref<HTMLInputElement>;
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

/** "Find in thread": Enter / Shift+Enter step through matches; the count is announced. */
export function FindBar({ find, progress, inputRef }: FindBarProps) {
  const inputId = useId();
  const none = find.result.matches.length === 0;
  return (
    <div
      role="search"
      aria-label="Find in thread"
      className="flex min-w-0 flex-wrap items-center gap-2"
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
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (event.shiftKey) find.previous();
          else find.next();
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
