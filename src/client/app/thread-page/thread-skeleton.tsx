import { Skeleton } from '@/client/components/ui/skeleton';

/** Shaped like the thread page so nothing jumps when it arrives. */
export function ThreadSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <span className="sr-only" role="status">
        Loading thread…
      </span>
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-6 w-32" />
      <Skeleton className="h-16 w-full max-w-md" />
      <TranscriptSkeleton />
    </div>
  );
}

export function TranscriptSkeleton() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-3">
      <Skeleton className="h-20 w-4/5" />
      <Skeleton className="ml-auto h-28 w-4/5" />
      <Skeleton className="h-12 w-3/5" />
    </div>
  );
}
