import { Skeleton } from '@/client/components/ui/skeleton';
import { pageGrid } from './thread-layout';

/** Shaped like the thread page (transcript column, and the rail on wide screens): nothing jumps. */
export function ThreadSkeleton() {
  return (
    <div aria-busy="true" className={pageGrid}>
      <span className="sr-only" role="status">
        Loading thread…
      </span>
      <div className="flex min-w-0 flex-col gap-3">
        {/* The narrow screens' status bar, flush under the banner as the real one is. */}
        <Skeleton className="-mx-4 -mt-6 h-12 rounded-none lg:hidden" />
        <Skeleton className="h-7 w-2/3" />
        <Skeleton className="h-5 w-1/2 lg:hidden" />
        <Skeleton className="h-7 w-full max-w-xl" />
        <Skeleton className="h-9 w-full" />
        <TranscriptSkeleton />
      </div>
      <div aria-hidden="true" className="hidden flex-col gap-5 lg:flex">
        <Skeleton className="h-20 w-full rounded-xl" />
        <Skeleton className="h-64 w-full" />
        <Skeleton className="h-32 w-full" />
      </div>
    </div>
  );
}

export function TranscriptSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-3">
      <Skeleton className="h-24 w-full sm:w-[calc(100%-3rem)]" />
      <Skeleton className="h-32 w-full sm:ml-12 sm:w-[calc(100%-3rem)]" />
      <Skeleton className="h-16 w-full sm:ml-12 sm:w-[calc(100%-3rem)]" />
    </div>
  );
}
