import { cn } from '@/client/lib/cn';

export function Skeleton({ className }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={cn('animate-pulse rounded-md bg-slate-200 dark:bg-slate-800', className)}
    />
  );
}

interface ListSkeletonProps {
  /** Announced to screen readers, e.g. "Loading threads…". */
  label: string;
  rows: number;
  /** Height class of one row, shaped like the rows that will arrive. */
  rowClassName: string;
}

/** Placeholder rows for a list that is loading, with an sr-only status. */
export function ListSkeleton({ label, rows, rowClassName }: ListSkeletonProps) {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <span className="sr-only" role="status">
        {label}
      </span>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className={cn(rowClassName, 'w-full')} />
      ))}
    </div>
  );
}
