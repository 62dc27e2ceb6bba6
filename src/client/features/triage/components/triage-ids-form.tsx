import { useId, type SyntheticEvent } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { extractThreadIds } from '@/shared/thread-id';

interface TriageIdsFormProps {
  /** The IDs now on the board, one per line. */
  ids: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Keeps the URL bounded; the board shows the first 50 of these and says so. */
const MAX_URL_IDS = 200;

/** Edit the board's list: any text works, as on the home page; the URL follows. */
export function TriageIdsForm({ ids, onChange }: TriageIdsFormProps) {
  const fieldId = useId();
  const hintId = useId();

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('ids');
    const text = typeof value === 'string' ? value : '';
    onChange(
      extractThreadIds(text)
        .slice(0, MAX_URL_IDS)
        .map((candidate) => candidate.id),
    );
  }

  return (
    <form onSubmit={onSubmit} aria-label="Edit the list" className="flex flex-col gap-2">
      <label htmlFor={fieldId} className="font-medium">
        Thread IDs
      </label>
      <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
        One per line, or paste any text that mentions them.
      </p>
      <textarea
        // Show the URL's list again whenever it changes (Back, a new paste from home).
        key={ids.join(',')}
        id={fieldId}
        name="ids"
        rows={Math.min(Math.max(ids.length, 3), 8)}
        defaultValue={ids.join('\n')}
        spellCheck={false}
        aria-describedby={hintId}
        className="w-full min-w-0 resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      <button type="submit" className={`${secondaryButton} self-start`}>
        Update board
      </button>
    </form>
  );
}
