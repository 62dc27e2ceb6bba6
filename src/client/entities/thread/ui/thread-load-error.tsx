import { Link } from 'wouter';
import { ErrorPanel } from '@/client/components/feedback/error-panel';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { ApiClientError } from '@/client/lib/api-client';
import { useCountdown } from '@/client/lib/use-countdown';

export interface ThreadLoadErrorProps {
  threadId: string;
  error: Error;
  onRetry: () => void;
  /** What failed, for the heading: "thread" or "transcript". */
  subject?: string;
}

const homeLink = (
  <Link to="/" className={secondaryButton}>
    Open another thread
  </Link>
);

/** Each failure gets its own words and next step; the server's message is ours, never upstream text. */
export function ThreadLoadError({
  threadId,
  error,
  onRetry,
  subject = 'thread',
}: ThreadLoadErrorProps) {
  const retry = (
    <button type="button" onClick={onRetry} className={secondaryButton}>
      Try again
    </button>
  );
  if (!(error instanceof ApiClientError)) {
    return (
      <ErrorPanel title={`Something went wrong loading this ${subject}`} actions={retry}>
        Threadline hit an unexpected problem. Try again, and report it if it keeps happening.
      </ErrorPanel>
    );
  }
  switch (error.code) {
    case 'thread_not_found':
    case 'not_found':
      return (
        <ErrorPanel title="Thread not found" actions={homeLink}>
          No thread with ID <code className="font-mono">{threadId}</code> exists for this
          organisation. Check the ID, or it may have been deleted.
        </ErrorPanel>
      );
    case 'invalid_thread_id':
      return <InvalidThreadIdError threadId={threadId} />;
    case 'upstream_rate_limited':
    case 'rate_limited':
      return (
        <RateLimitedError
          by={error.code === 'rate_limited' ? 'threadline' : 'openai'}
          error={error}
          onRetry={onRetry}
        />
      );
    case 'upstream_timeout':
      return (
        <ErrorPanel title="OpenAI took too long to answer" actions={retry}>
          The thread service did not respond in time. It is usually temporary: try again in a
          moment.
        </ErrorPanel>
      );
    case 'upstream_auth_failed':
      return (
        <ErrorPanel title="The server's OpenAI credentials were rejected" actions={retry}>
          This is a configuration problem, not something you did. Ask an administrator to check the
          server's OpenAI API key.
        </ErrorPanel>
      );
    case 'upstream_bad_response':
      return (
        <ErrorPanel title="OpenAI sent a response Threadline could not read" actions={retry}>
          The thread service answered with something that is not a valid thread. Try again; if it
          persists, tell the Threadline maintainers.
        </ErrorPanel>
      );
    case 'network_error':
      return (
        <ErrorPanel title="Can't reach Threadline" actions={retry}>
          Your browser could not reach the Threadline server. Check your connection and try again.
        </ErrorPanel>
      );
    default:
      return (
        <ErrorPanel title="The thread service is unavailable" actions={retry}>
          {error.message} Try again in a moment.
        </ErrorPanel>
      );
  }
}

export function InvalidThreadIdError({ threadId }: { threadId: string }) {
  return (
    <ErrorPanel title="That is not a valid thread ID" actions={homeLink}>
      <code className="font-mono">{threadId}</code> is not a thread ID. Thread IDs start with{' '}
      <code className="font-mono">cthr_</code> followed by up to 128 letters, digits, underscores or
      hyphens.
    </ErrorPanel>
  );
}

const rateLimitCopy = {
  openai: {
    title: 'Rate limited by OpenAI',
    text: 'Too many requests reached the thread service.',
  },
  threadline: {
    title: 'Slow down a little',
    text: "You're opening threads faster than this server allows.",
  },
} as const;

interface RateLimitedErrorProps {
  /** Whose limit: OpenAI's on this server's key, or Threadline's own per-agent limit. */
  by: keyof typeof rateLimitCopy;
  error: ApiClientError;
  onRetry: () => void;
}

function RateLimitedError({ by, error, onRetry }: RateLimitedErrorProps) {
  // Each new refusal starts its own countdown.
  const left = useCountdown(error.retryAfterSeconds ?? 5, onRetry, error);
  const copy = rateLimitCopy[by];
  return (
    <ErrorPanel title={copy.title}>
      {copy.text} Retrying automatically in{' '}
      <span className="font-semibold tabular-nums">{Math.max(left, 0)} s</span>…
    </ErrorPanel>
  );
}
