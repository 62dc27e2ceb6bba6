import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import { claimsQuery, currentClaims } from '../api/claims-query';
import {
  LIST_STATE_FIELD,
  listKeyOf,
  markWorked,
  positionIn,
  readListContext,
} from '../lib/list-context';

/**
 * The list this thread page was opened from, if any, and where the thread sits in it. Stepping
 * passes by threads other agents have claimed, and replaces the history entry, so Back from any
 * thread stepped to returns to the list itself.
 */
export function useListPosition(threadId: string) {
  const [, navigate] = useLocation();
  // Read on every render (a small JSON string): the current history entry names its list, so a
  // thread reached by an ordinary link afterwards has none.
  const context = readListContext(listKeyOf(history.state));
  // Whose claims are this agent's own, and who holds what now (the list's claims are as it was
  // shown): until both are known the count would change under the agent's eyes, so there is no
  // position yet. A failure counts every claim as another's, or keeps the list's claims.
  const reviewed = context?.claims !== undefined;
  const me = useQuery({ ...reviewQueries.me(), select: (agent) => agent.name, enabled: reviewed });
  const inReview = useQuery({ ...claimsQuery(), enabled: reviewed });
  const known = !reviewed || (!me.isPending && !inReview.isPending);
  const claims =
    context?.claims && inReview.data
      ? currentClaims(context.claims, inReview.data)
      : context?.claims;
  const position =
    context && known ? positionIn({ ...context, claims }, threadId, me.data ?? null) : null;

  const key = context?.key;
  const go = useCallback(
    (id: string | null) => {
      if (!key || id === null) return;
      markWorked(key, id);
      navigate(`/threads/${id}`, { replace: true, state: { [LIST_STATE_FIELD]: key } });
    },
    [key, navigate],
  );

  return { context, position, go };
}
