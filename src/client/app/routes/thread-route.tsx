import { Suspense } from 'react';
import { useParams } from 'wouter';
import { ChunkErrorBoundary } from '@/client/components/feedback/chunk-error-boundary';
import { listKeyOf } from '@/client/features/queue/lib/list-state';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { InvalidThreadIdError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadView } from '../thread-page/thread-view';
import { isThreadId } from '@/shared/thread-id';

// Only a thread opened from a list has a "Next in queue" stepper: the others never load it.
const QueueStepper = lazyWithRetry(
  () => import('@/client/features/queue/components/queue-stepper'),
  (module) => module.QueueStepper,
);

export function ThreadRoute() {
  const threadId = decodeParam(useParams<{ threadId: string }>().threadId);
  // A malformed deep link is answered here, without a request.
  if (!isThreadId(threadId)) return <InvalidThreadIdError threadId={threadId} />;
  return (
    <>
      {listKeyOf(history.state) !== null && (
        <ChunkErrorBoundary>
          <Suspense fallback={null}>
            <QueueStepper threadId={threadId} />
          </Suspense>
        </ChunkErrorBoundary>
      )}
      <ThreadView key={threadId} threadId={threadId} />
    </>
  );
}

/** The router hands over the raw path segment; a malformed escape is shown as typed. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
