import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { cn } from '@/client/lib/cn';

interface DisclosurePopoverProps {
  /** Visible button content. */
  label: ReactNode;
  /** The button's accessible name when `label` is an icon or abbreviation. */
  accessibleName?: string;
  buttonClassName: string;
  /** Placement and size of the panel; it is positioned against the nearest `relative` ancestor. */
  panelClassName: string;
  children: ReactNode;
}

// Where focus lands on opening: the first real control (not, say, a focusable time stamp).
const firstControl =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A button that shows a panel of controls (the disclosure pattern, not an ARIA menu: the panel
 * holds buttons, checkboxes and status text). Opening moves focus to the panel's first control;
 * Escape closes and returns focus to the button; a click or focus outside closes. The panel stays
 * mounted while closed, so what it holds keeps its state.
 */
export function DisclosurePopover(props: DisclosurePopoverProps) {
  const { label, accessibleName, buttonClassName, panelClassName, children } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(firstControl)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    // Escape is handled for the whole widget: focus is on the button or inside the panel.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={accessibleName}
        onClick={() => setOpen((was) => !was)}
        className={buttonClassName}
      >
        {label}
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        className={cn(
          'absolute z-30 rounded-xl border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900',
          panelClassName,
        )}
      >
        {children}
      </div>
    </div>
  );
}
