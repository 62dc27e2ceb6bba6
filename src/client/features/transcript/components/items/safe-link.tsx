import type { ReactNode } from 'react';
import { cn } from '@/client/lib/cn';
import { safeHref } from '@/client/lib/safe-href';

interface SafeLinkProps {
  /** Untrusted URL from thread content. */
  href: unknown;
  children: ReactNode;
  className?: string;
}

/**
 * The only way thread content becomes a link: unsafe or unparseable URLs render as plain text,
 * and safe ones open in a new tab without giving the destination a handle on this window.
 */
export function SafeLink({ href, children, className }: SafeLinkProps) {
  const safe = safeHref(href);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
      // `relative` keeps the absolutely positioned sr-only text inside clipped (truncated) parents,
      // which it would otherwise escape and widen the page.
      className={cn(
        'relative font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-200',
        className,
      )}
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
