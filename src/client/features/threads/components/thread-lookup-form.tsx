import { useId, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { useLocation } from 'wouter';
import { cn } from '@/client/lib/cn';
import { extractThreadId, extractThreadIds, type ThreadIdExtraction } from '@/shared/thread-id';

const fieldClass =
  'min-w-0 flex-1 rounded-lg border border-slate-300 bg-white font-mono text-sm text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400';

/** Bounds the triage URL; the board itself shows at most 50 rows and says so. */
const MAX_TRIAGE_URL_IDS = 200;

const problems: Record<Exclude<ThreadIdExtraction, { ok: true }>['reason'], string> = {
  empty: 'Paste a thread ID (cthr_…) or a link that contains one.',
  no_id: 'No thread ID found in that text. Thread IDs start with cthr_.',
  too_long: 'That thread ID is too long: at most 128 characters may follow cthr_.',
};

interface ThreadLookupFormProps {
  /** `hero` is the home page's box; `compact` sits in the app header on every other page. */
  variant?: 'hero' | 'compact';
}

/** Accepts whatever an agent pastes and opens the thread it names; bad input never makes a request. */
export function ThreadLookupForm({ variant = 'hero' }: ThreadLookupFormProps) {
  const compact = variant === 'compact';
  const [, navigate] = useLocation();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidates = extractThreadIds(value);
    if (candidates.length > 1) {
      setProblem(null);
      if (compact) setValue('');
      // The ID alphabet needs no escaping, so the list stays readable in the address bar.
      const ids = candidates.slice(0, MAX_TRIAGE_URL_IDS).map((candidate) => candidate.id);
      navigate(`/triage?ids=${ids.join(',')}`);
      return;
    }
    const result = extractThreadId(value);
    if (!result.ok) {
      setProblem(problems[result.reason]);
      return;
    }
    setProblem(null);
    if (compact) setValue('');
    navigate(`/threads/${result.threadId}`);
  }

  const field = {
    id: inputId,
    name: 'thread',
    // The home page exists to take a paste; focusing the box saves a click on every visit.
    autoFocus: !compact,
    autoComplete: 'off',
    spellCheck: false,
    placeholder: compact ? 'Open cthr_…' : 'cthr_… or https://…/threads/cthr_…, or several IDs',
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(event.target.value),
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? problemId : undefined,
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      role={compact ? 'search' : undefined}
      aria-label={compact ? 'Open a thread' : undefined}
      className={cn('flex flex-col gap-2', compact && 'relative')}
    >
      <label
        htmlFor={inputId}
        className={compact ? 'sr-only' : 'font-medium text-slate-900 dark:text-slate-100'}
      >
        Thread ID or link
      </label>
      <div
        className={cn('flex gap-2', compact ? 'flex-row' : 'flex-col sm:flex-row sm:items-start')}
      >
        {compact ? (
          <input {...field} type="text" className={cn(fieldClass, 'w-36 px-2 py-1 sm:w-60')} />
        ) : (
          <textarea
            {...field}
            // A ticket body keeps its line breaks (an input would glue the IDs together); Enter
            // still submits, Shift+Enter adds a line.
            rows={2}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }}
            className={cn(fieldClass, 'resize-y px-3 py-2')}
          />
        )}
        <button
          type="submit"
          className={cn(
            'rounded-lg bg-sky-700 font-medium text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300',
            compact ? 'px-2.5 py-1 text-sm' : 'px-4 py-2',
          )}
        >
          {compact ? 'Open' : 'Open thread'}
        </button>
      </div>
      {problem && (
        <p
          id={problemId}
          role="alert"
          className={cn(
            'text-sm text-red-700 dark:text-red-300',
            compact &&
              'absolute top-full right-0 z-20 mt-1 w-72 rounded-md border border-red-200 bg-white p-2 shadow-lg dark:border-red-900 dark:bg-slate-900',
          )}
        >
          {problem}
        </p>
      )}
    </form>
  );
}
