import { smallButton } from '@/client/components/ui/button-styles';
import { useModalDialog } from '@/client/components/ui/use-modal-dialog';

/** Every shortcut in the app; `use-shortcuts.ts` and `use-id-box-shortcut.ts` implement them. */
const shortcutList = [
  ['j', 'Next item'],
  ['k', 'Previous item'],
  ['Shift+G', 'Jump to the latest item'],
  ['c', "Copy the focused item's link"],
  ['/', 'Find in thread'],
  ['Enter / Shift+Enter', 'Next / previous match (in the find field)'],
  ['Esc', "Leave find and go to the current match's item (in the find field)"],
  ['[ / ]', 'Previous / next thread in the list'],
  ['⌘K / Ctrl+K', 'Open a thread or triage board from pasted IDs'],
  ['?', 'Show these shortcuts'],
] as const;

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The keyboard shortcuts. A native modal dialog: focus is trapped, Escape closes it, and focus goes back where it was. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const { dialogProps, titleId, close } = useModalDialog(open, onClose);

  return (
    <dialog
      {...dialogProps}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
        {shortcutList.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                {keys}
              </kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        Single keys are off while typing in a field; ⌘K / Ctrl+K works everywhere.
      </p>
      <div className="mt-4 flex justify-end">
        <button type="button" className={smallButton} onClick={() => close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
