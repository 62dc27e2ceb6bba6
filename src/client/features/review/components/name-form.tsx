import { useId, useState, type SyntheticEvent } from 'react';
import { AGENT_NAME_MAX_LENGTH } from '@/shared/api-contract';
import { secondaryButton } from '@/client/components/ui/button-styles';
import type { useAgent } from '../hooks/use-agent';

interface NameFormProps {
  agent: ReturnType<typeof useAgent>;
  /** Shown open (no name yet) or behind a "Change" button. */
  initiallyOpen: boolean;
}

/** "Your name": what the history and the team see next to each change this agent makes. */
export function NameForm({ agent, initiallyOpen }: NameFormProps) {
  const { me, rename } = agent;
  const current = me.data?.name ?? null;
  const [open, setOpen] = useState(initiallyOpen);
  const [draft, setDraft] = useState(current ?? '');
  const inputId = useId();
  const hintId = useId();

  if (!me.data) return null;
  if (!me.data.can_change_name)
    return current === null ? null : (
      <p className="text-xs text-slate-600 dark:text-slate-400">
        You: <span className="font-medium text-slate-800 dark:text-slate-200">{current}</span> (from
        your single sign-on)
      </p>
    );

  if (!open && current !== null)
    return (
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span>
          You: <span className="font-medium text-slate-800 dark:text-slate-200">{current}</span>
        </span>
        <button
          type="button"
          className="rounded text-sky-700 underline underline-offset-2 dark:text-sky-300"
          onClick={() => {
            setDraft(current);
            setOpen(true);
          }}
        >
          Change name
        </button>
      </p>
    );

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = draft.trim();
    if (name === '') return;
    rename.mutate(name, { onSuccess: () => setOpen(false) });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-1.5">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        Your name
      </label>
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        Recorded with each change you make to a review, so the team knows who decided what.
      </p>
      <div className="flex gap-2">
        <input
          id={inputId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={AGENT_NAME_MAX_LENGTH}
          autoComplete="name"
          required
          aria-describedby={hintId}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <button type="submit" className={secondaryButton} disabled={rename.isPending}>
          Save name
        </button>
      </div>
      {rename.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {rename.error.message}
        </p>
      )}
    </form>
  );
}
