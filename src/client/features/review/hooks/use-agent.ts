import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
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
  const rename = useMutation({
    mutationFn: setName,
    onSuccess: (agent) => {
      queryClient.setQueryData(reviewQueries.me().queryKey, agent);
      try {
        if (agent.name !== null) localStorage.setItem(REMEMBERED_NAME, agent.name);
      } catch {
        // Private mode: the server still has it for this session.
      }
    },
  });
  const restored = useRef(false);
  const { mutate } = rename;
  useEffect(() => {
    if (restored.current || !me.data || me.data.name !== null || !me.data.can_change_name) return;
    restored.current = true;
    const name = remembered();
    if (name) mutate(name);
  }, [me.data, mutate]);
  return { me, rename };
}
