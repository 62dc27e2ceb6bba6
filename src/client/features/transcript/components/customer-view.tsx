import { useId } from 'react';
import type { ThreadStatus } from '@/shared/api-contract';
import { readStatus, type ThreadStatusView } from '@/client/entities/thread/model/read-status';

const frame =
  'flex min-w-0 flex-col gap-2 rounded-xl border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700';
const noteClass = 'text-slate-700 dark:text-slate-300';

/** A stand-in for ChatKit's composer as the customer finds it on a locked thread. */
function LockedComposer({ reason }: { reason: string | null }) {
  const fieldId = useId();
  const noteId = useId();
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <p id={noteId} className="font-medium text-amber-900 dark:text-amber-200">
        {reason ?? 'This conversation is locked'}
      </p>
      <div className="flex min-w-0 items-end gap-2">
        <label htmlFor={fieldId} className="sr-only">
          Customer’s message box (locked)
        </label>
        <textarea
          id={fieldId}
          disabled
          rows={2}
          aria-describedby={noteId}
          placeholder="The customer cannot send messages"
          className="min-w-0 flex-1 resize-none rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-slate-600 placeholder:text-slate-600 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300 dark:placeholder:text-slate-300"
        />
        <button
          type="button"
          disabled
          aria-describedby={noteId}
          className="rounded-lg bg-slate-300 px-3 py-2 font-medium text-slate-700 dark:bg-slate-700 dark:text-slate-200"
        >
          Send
        </button>
      </div>
    </div>
  );
}

function StateBody({ status }: { status: ThreadStatusView }) {
  switch (status.kind) {
    case 'locked':
      return <LockedComposer reason={status.reason} />;
    case 'closed':
      return (
        <p className="rounded-lg bg-slate-100 px-3 py-2 font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-100">
          This conversation has been closed{status.reason ? `: ${status.reason}` : '.'}
        </p>
      );
    case 'active':
      return (
        <p className={noteClass}>The conversation is open: the customer can still write here.</p>
      );
    default:
      return (
        <p className={noteClass}>
          The API did not report a state this viewer knows, so what the customer sees is not clear.
        </p>
      );
  }
}

/** Ends the transcript with the customer's current view of the conversation. */
export function CustomerView({ status }: { status: ThreadStatus }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={frame}>
      <h3
        id={headingId}
        className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        What the customer sees
      </h3>
      <StateBody status={readStatus(status)} />
    </section>
  );
}
