import { useId, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { useLocation } from 'wouter';
import { extractThreadId, extractThreadIds, type ThreadIdExtraction } from '@/shared/thread-id';

/** The text box of both lookup forms; each adds its own size. */
export const lookupFieldClass =
  'min-w-0 flex-1 rounded-lg border border-slate-300 bg-white font-mono text-sm text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400';

/** Bounds the triage URL; the board itself shows at most 50 rows and says so. */
const MAX_TRIAGE_URL_IDS = 200;

const problems: Record<Exclude<ThreadIdExtraction, { ok: true }>['reason'], string> = {
  empty: 'Paste a thread ID (cthr_…) or a link that contains one.',
  no_id: 'No thread ID found in that text. Thread IDs start with cthr_.',
  too_long: 'That thread ID is too long: at most 128 characters may follow cthr_.',
};

/**
 * What a lookup form does with whatever an agent pastes: several IDs open the triage board, one
 * opens its thread, anything else says what is wrong. Bad input never makes a request.
 * `clearOnOpen` empties the box after navigating (the header's form stays on screen).
 */
export function useThreadLookup(clearOnOpen: boolean) {
  const [, navigate] = useLocation();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();

  function open(path: string) {
    setProblem(null);
    if (clearOnOpen) setValue('');
    navigate(path);
  }

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidates = extractThreadIds(value);
    if (candidates.length > 1) {
      // The ID alphabet needs no escaping, so the list stays readable in the address bar.
      const ids = candidates.slice(0, MAX_TRIAGE_URL_IDS).map((candidate) => candidate.id);
      open(`/triage?ids=${ids.join(',')}`);
      return;
    }
    const result = extractThreadId(value);
    if (result.ok) open(`/threads/${result.threadId}`);
    else setProblem(problems[result.reason]);
  }

  const field = {
    id: inputId,
    name: 'thread',
    autoComplete: 'off',
    spellCheck: false,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(event.target.value),
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? problemId : undefined,
  };

  return { field, problem, problemId, onSubmit };
}
