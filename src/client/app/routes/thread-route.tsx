import { useParams } from 'react-router';
import { InvalidThreadIdError } from '@/client/features/threads/components/thread-load-error';
import { ThreadView } from '@/client/features/threads/components/thread-view';
import { isThreadId } from '@/shared/thread-id';

export function ThreadRoute() {
  const threadId = useParams().threadId ?? '';
  // A malformed deep link is answered here, without a request.
  if (!isThreadId(threadId)) return <InvalidThreadIdError threadId={threadId} />;
  return <ThreadView key={threadId} threadId={threadId} />;
}
