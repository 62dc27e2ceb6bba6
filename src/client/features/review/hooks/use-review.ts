import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type {
  ReviewBody,
  ReviewConflictBody,
  ReviewResponse,
  ReviewUpdate,
} from '@/shared/api-contract';
import { ApiClientError } from '@/client/lib/api-client';
import { removeFlag, saveReview } from '@/client/entities/review/api/review-api';
import { reviewQueries } from '@/client/entities/review/api/review-queries';

/** A save another agent's change beat: what this agent wanted, and the review as it is now. */
export interface ReviewConflict {
  mine: ReviewUpdate;
  theirs: ReviewBody;
}

export function updateOf(review: ReviewBody): ReviewUpdate {
  const { state, claimed_by, outcome, note } = review;
  return { state, claimed_by, outcome, note };
}

function conflictReview(error: unknown): ReviewBody | undefined {
  if (!(error instanceof ApiClientError) || error.code !== 'review_conflict') return undefined;
  return (error.body as Partial<ReviewConflictBody> | undefined)?.review;
}

/**
 * A thread's review: the shared copy (re-read every 15 s), saves that name the version they
 * change, and a conflict to resolve when another agent saved first. Nothing is merged silently:
 * the agent keeps theirs (saved over the new version) or takes the other's.
 */
export function useReview(threadId: string) {
  const queryClient = useQueryClient();
  const query = useQuery(reviewQueries.review(threadId));
  const [conflict, setConflict] = useState<ReviewConflict | null>(null);
  const key = reviewQueries.review(threadId).queryKey;

  const settle = (response: ReviewResponse) => {
    queryClient.setQueryData(key, response);
  };

  // Plain calls with their own pending and error state, not useMutation: this code loads with
  // the review panel on the thread page, whose JavaScript has a budget.
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error | null>(null);
  const [unflagging, setUnflagging] = useState(false);

  const save = (update: ReviewUpdate, version: number) => {
    setSaving(true);
    setSaveError(null);
    saveReview(threadId, update, version)
      .then((response) => {
        setConflict(null);
        settle(response);
      })
      .catch((error: unknown) => {
        const theirs = conflictReview(error);
        if (!theirs) {
          setSaveError(error instanceof Error ? error : new Error('The review was not saved.'));
          return;
        }
        setConflict({ mine: update, theirs });
        // The page shows the review as it now is at once; its history comes with the next read.
        queryClient.setQueryData(key, (old) => old && { ...old, review: theirs });
        void queryClient.invalidateQueries({ queryKey: key });
      })
      .finally(() => setSaving(false));
  };

  const unflag = (flagId: string) => {
    setUnflagging(true);
    removeFlag(threadId, flagId)
      .then(settle)
      // Someone else removed it first: show the review as it is.
      .catch(() => queryClient.invalidateQueries({ queryKey: key }))
      .finally(() => setUnflagging(false));
  };

  const current = query.data?.review;
  return {
    query,
    review: current,
    history: query.data?.history ?? [],
    conflict,
    /**
     * Saves `update` over `version`: the one the agent's edits started from, so a change another
     * agent made meanwhile is a conflict to resolve, never silently overwritten.
     */
    save,
    /** Resolves a conflict with this agent's change, over the other's version. */
    keepMine: () => {
      if (conflict) save(conflict.mine, conflict.theirs.version);
    },
    takeTheirs: () => setConflict(null),
    saving,
    saveError,
    unflag,
    unflagging,
  };
}
