import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setName } from '@/client/entities/review/api/review-api';
import { reviewQueries } from '@/client/entities/review/api/review-queries';

const REMEMBERED_NAME = 'threadline.reviewer-name';

function remembered(): string | null {
  try {
    return localStorage.getItem(REMEMBERED_NAME);
  } catch {
    return null;
  }
}

/**
 * Who this agent's review changes are recorded as. A name given once is kept by the server (in
 * the session or a cookie of its own) and remembered by this browser, which gives it again when
 * a new session starts: agents name themselves once, not every morning.
 */
export function useAgent() {
  const queryClient = useQueryClient();
  const me = useQuery(reviewQueries.me());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  // A plain call rather than useMutation: see use-review.ts.
  const mutate = useCallback(
    (name: string, options: { onSuccess?: () => void } = {}) => {
      setPending(true);
      setError(null);
      setName(name)
        .then((agent) => {
          queryClient.setQueryData(reviewQueries.me().queryKey, agent);
          try {
            if (agent.name !== null) localStorage.setItem(REMEMBERED_NAME, agent.name);
          } catch {
            // Private mode: the server still has it for this session.
          }
          options.onSuccess?.();
        })
        .catch((caught: unknown) =>
          setError(caught instanceof Error ? caught : new Error('Your name was not saved.')),
        )
        .finally(() => setPending(false));
    },
    [queryClient],
  );
  const rename = { mutate, isPending: pending, error };
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !me.data || me.data.name !== null || !me.data.can_change_name) return;
    restored.current = true;
    const name = remembered();
    // Quietly, without the form's pending state: the agent did not ask for this save.
    if (name)
      setName(name)
        .then((agent) => queryClient.setQueryData(reviewQueries.me().queryKey, agent))
        .catch(() => undefined);
  }, [me.data, queryClient]);
  return { me, rename };
}
