import type { ReactNode } from 'react';
import { cn } from '@/client/lib/cn';
import { Icon } from './icon';

interface CollapsibleProps {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  className?: string;
}

/** Native `<details>`: keyboard accessible and announced as expandable without extra ARIA. */
export function Collapsible({
  summary,
  children,
  defaultOpen = false,
  className,
}: CollapsibleProps) {
  return (
    <details
      open={defaultOpen}
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
