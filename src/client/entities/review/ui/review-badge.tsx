import type { IndexedReview } from '@/shared/api-contract';
import { cn } from '@/client/lib/cn';
import { reviewWords } from '../model/review-words';

interface ReviewBadgeProps {
  /** A thread's review in brief; null when nobody has reviewed it yet. */
  review: Pick<IndexedReview, 'state' | 'claimed_by' | 'outcome'> | null;
  /**
   * This agent's name, so their own claim reads "In review · you" rather than their name; null
   * when they have none, undefined while it is not known yet (a claim then reads "In review",
   * never the agent's own name as if it were someone else's).
   */
  agentName: string | null | undefined;
}

type Look = 'unreviewed' | 'in_review' | 'mine' | 'done';

// Text on fill at least 4.5:1 in both themes; the shapes match ThreadStatusBadge's.
const tone: Record<Look, string> = {
  unreviewed:
    'border-slate-300 bg-white text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-300',
  in_review:
    'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200',
  // Filled: an agent scanning the queue finds their own claims at a glance.
  mine: 'border-sky-700 bg-sky-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950',
  done: 'border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-200',
};

const dot: Record<Look, string> = {
  unreviewed: 'border border-slate-500 dark:border-slate-400',
  in_review: 'bg-sky-600 dark:bg-sky-400',
  mine: 'bg-white dark:bg-slate-950',
  done: 'bg-violet-600 dark:bg-violet-400',
};

/** A thread's review in words: "Unreviewed", "In review · Ana", "In review · you", "Done · bot error". */
export function ReviewBadge({ review, agentName }: ReviewBadgeProps) {
  const state = review?.state ?? 'unreviewed';
  const mine = state === 'in_review' && agentName != null && review?.claimed_by === agentName;
  const look: Look = mine ? 'mine' : state;
  const words = mine
    ? 'In review · you'
    : state === 'in_review' && agentName === undefined
      ? 'In review'
      : review
        ? reviewWords(review)
        : 'Unreviewed';
  return (
    <span
      className={cn(
        'inline-flex max-w-full min-w-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium',
        tone[look],
      )}
    >
      <span aria-hidden="true" className={cn('size-2 shrink-0 rounded-full', dot[look])} />
      <span className="sr-only">Review: </span>
      <span className="min-w-0 [overflow-wrap:anywhere]">{words}</span>
    </span>
  );
}
