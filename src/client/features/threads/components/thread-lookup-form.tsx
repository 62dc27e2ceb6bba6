import { useId, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';
import { extractThreadId, type ThreadIdExtraction } from '@/shared/thread-id';

const problems: Record<Exclude<ThreadIdExtraction, { ok: true }>['reason'], string> = {
  empty: 'Paste a thread ID (cthr_…) or a link that contains one.',
  no_id: 'No thread ID found in that text. Thread IDs start with cthr_.',
  too_long: 'That thread ID is too long: at most 128 characters may follow cthr_.',
};

/** Accepts whatever an agent pastes and opens the thread it names; bad input never makes a request. */
export function ThreadLookupForm() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = extractThreadId(value);
    if (!result.ok) {
      setProblem(problems[result.reason]);
      return;
    }
    setProblem(null);
    void navigate(`/threads/${result.threadId}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <label htmlFor={inputId} className="font-medium text-slate-900 dark:text-slate-100">
        Thread ID or link
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={inputId}
          name="thread"
          type="text"
          // The home page exists to take a paste; focusing the box saves a click on every visit.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder="cthr_… or https://…/threads/cthr_…"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button
          type="submit"
          className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 dark:bg-sky-600 dark:text-slate-950 dark:hover:bg-sky-500"
        >
          Open thread
        </button>
      </div>
      {problem && (
        <p id={problemId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </form>
  );
}
