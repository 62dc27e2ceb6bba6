import { useEffect, useId, useRef } from 'react';
import { wrapTabFocus } from '@/client/lib/wrap-tab-focus';

/**
 * A native modal `<dialog>` driven by `open`: opening remembers what had focus, Tab stays inside
 * (Chromium's `showModal` lets it out to the browser's own UI), and closing (Escape, or
 * `close()`) calls `onClose` and gives focus back where it was, unless `close(true)` says the
 * dialog led somewhere else that takes focus itself (a new page's heading).
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const ledElsewhere = useRef(false);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      ledElsewhere.current = false;
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  function close(elsewhere = false) {
    ledElsewhere.current = elsewhere;
    ref.current?.close();
  }

  /** Spread on the `<dialog>`; label it with an element whose id is `titleId`. */
  const dialogProps = {
    ref,
    'aria-labelledby': titleId,
    onKeyDown: wrapTabFocus,
    onClose: () => {
      onClose();
      if (!ledElsewhere.current) returnTo.current?.focus();
    },
  };
  return { dialogProps, titleId, close };
}
