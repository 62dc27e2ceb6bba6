import { secondaryButton } from '@/client/components/ui/button-styles';
import { useModalDialog } from '@/client/components/ui/use-modal-dialog';
import { cn } from '@/client/lib/cn';
import { lookupButtonClass, lookupFieldClass, useThreadLookup } from '../hooks/use-thread-lookup';

interface IdBoxProps {
  open: boolean;
  onClose: () => void;
}

/**
 * ⌘K / Ctrl+K: a modal box that takes a pasted ID, link or ticket text and opens what it names.
 * Native modal dialog: focus stays inside, Escape closes it and focus goes back where it was;
 * opening something leaves focus to the page it opens (its heading).
 */
export function IdBox({ open, onClose }: IdBoxProps) {
  const { dialogProps, titleId, close } = useModalDialog(open, onClose);

  return (
    <dialog
      {...dialogProps}
      className="m-auto mt-[15vh] w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        Open a thread
      </h2>
      {/* Mounted only while open: every opening starts with an empty box. */}
      {open && <IdBoxForm onOpen={() => close(true)} onCancel={() => close(false)} />}
    </dialog>
  );
}

function IdBoxForm({ onOpen, onCancel }: { onOpen: () => void; onCancel: () => void }) {
  const { field, problem, problemId, onSubmit, actionLabel } = useThreadLookup(true, onOpen);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
      <label htmlFor={field.id} className="text-sm font-medium">
        Thread ID, link, or text with several IDs
      </label>
      <textarea
        {...field}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the box exists to take a paste; it opens on ⌘K
        autoFocus
        // A pasted ticket keeps its line breaks (an input would glue the IDs together).
        rows={3}
        placeholder="cthr_…"
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
          event.preventDefault();
          event.currentTarget.form?.requestSubmit();
        }}
        className={cn(lookupFieldClass, 'resize-y px-3 py-2')}
      />
      {problem && (
        <p id={problemId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Enter opens it, Shift+Enter adds a line, Escape closes this box.
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className={secondaryButton} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={lookupButtonClass}>
          {actionLabel}
        </button>
      </div>
    </form>
  );
}
