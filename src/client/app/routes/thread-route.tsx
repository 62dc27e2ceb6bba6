import { useParams } from 'wouter';
import { QueueStepper } from '@/client/features/queue/components/queue-stepper';
import { InvalidThreadIdError } from '@/client/entities/thread/ui/thread-load-error';
import { ThreadView } from '../thread-page/thread-view';
import { isThreadId } from '@/shared/thread-id';

export function ThreadRoute() {
  const threadId = decodeParam(useParams<{ threadId: string }>().threadId);
  // A malformed deep link is answered here, without a request.
  if (!isThreadId(threadId)) return <InvalidThreadIdError threadId={threadId} />;
  return (
    <>
      <QueueStepper threadId={threadId} />
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
