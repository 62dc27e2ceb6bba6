import { use, useState, type ReactNode } from 'react';
import { cn } from '@/client/lib/cn';
import { DetailsContext } from '@/client/components/ui/details-context';
import { Icon } from '@/client/components/ui/icon';

interface CollapsibleProps {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  /**
   * Holds what the reader was sent to (the current find match): opens when this turns true, and
   * stays the reader's to close.
   */
  reveal?: boolean;
  className?: string;
}

/**
 * Native `<details>`: keyboard accessible and announced as expandable without extra ARIA.
 * "Expand all" / "Collapse all" reach it through DetailsContext; the reader's own toggles flow
 * back through the toggle event.
 */
export function Collapsible({
  summary,
  children,
  defaultOpen = false,
  reveal = false,
  className,
}: CollapsibleProps) {
  const control = use(DetailsContext);
  const [open, setOpen] = useState(reveal || (control.version > 0 ? control.open : defaultOpen));
  const [seenVersion, setSeenVersion] = useState(control.version);
  const [revealed, setRevealed] = useState(reveal);
  if (seenVersion !== control.version) {
    setSeenVersion(control.version);
    setOpen(control.open);
  }
  if (revealed !== reveal) {
    setRevealed(reveal);
    if (reveal) setOpen(true);
  }
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className={cn(
        'group/collapsible min-w-0 rounded-md border border-slate-200 dark:border-slate-700',
        className,
      )}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md px-2.5 py-1.5 text-xs font-medium text-slate-700 select-none hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        <Icon
          name="chevron"
          className="size-3 transition-transform group-open/collapsible:rotate-90"
        />
        {summary}
      </summary>
      <div className="min-w-0 border-t border-slate-200 p-2.5 dark:border-slate-700">
        {children}
      </div>
    </details>
  );
}
