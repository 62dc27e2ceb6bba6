import { useId, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { useLocation } from 'wouter';
import { lookupActionLabel, lookupPlan, lookupProblems } from '../lib/lookup-plan';

/** The text box of both lookup forms; each adds its own size. */
export const lookupFieldClass =
  'min-w-0 flex-1 rounded-lg border border-slate-300 bg-white font-mono text-sm text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400';

/** The submit button of the home page's form and of the ID box. */
export const lookupButtonClass =
  'rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300';

/**
 * What a lookup form does with whatever an agent pastes: several IDs open the triage board, one
 * opens its thread, anything else says what is wrong. Bad input never makes a request.
 * `clearOnOpen` empties the box after navigating (the header's form stays on screen);
 * `beforeOpen` runs just before navigating (the ID box closes itself there).
 */
export function useThreadLookup(clearOnOpen: boolean, beforeOpen?: () => void) {
  const [, navigate] = useLocation();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();
  const plan = lookupPlan(value);

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (plan.kind === 'problem') {
      setProblem(lookupProblems[plan.reason]);
      return;
    }
    setProblem(null);
    if (clearOnOpen) setValue('');
    beforeOpen?.();
    navigate(plan.path);
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

  return { field, problem, problemId, onSubmit, actionLabel: lookupActionLabel(plan) };
}
