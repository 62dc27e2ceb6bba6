import { Link } from 'wouter';
import { REVIEW_STATE_LABELS } from '@/client/entities/review/model/review-words';
import { cn } from '@/client/lib/cn';
import { REVIEW_STATES, type ReviewOverviewBody, type ReviewState } from '@/shared/api-contract';
import { toListSearch } from '@/shared/list-params';
import { REVIEW_STATE_SWATCH } from './review-colors';
import { panelClass } from './chart-figure';

const number = new Intl.NumberFormat('en');

/** The escalation queue filtered to one review state: where a lead acts on a figure. */
function queueHref(review: ReviewState): string {
  const search = toListSearch({ user: null, status: 'locked', q: null, sort: 'newest', review });
  return `/threads?${search.toString()}`;
}

/** Locked threads by where their review stands: one bar split three ways, and the counts. */
export function LockedByReview({ counts }: { counts: ReviewOverviewBody['locked_by_state'] }) {
  const locked = REVIEW_STATES.reduce((sum, state) => sum + counts[state], 0);
  return (
    <section aria-labelledby="dashboard-locked-by-review" className={panelClass}>
      <div className="flex flex-col gap-0.5">
        <h2 id="dashboard-locked-by-review" className="text-lg font-semibold">
          Locked threads by review
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {locked === 0
            ? 'No locked threads.'
            : `Where the reviews of the ${number.format(locked)} locked thread${locked === 1 ? '' : 's'} stand`}
        </p>
      </div>
      {locked > 0 && (
        // The counts below say the same in words.
        <div aria-hidden="true" className="flex h-3 gap-px overflow-hidden rounded-sm">
          {REVIEW_STATES.map((state) =>
            counts[state] > 0 ? (
              <div
                key={state}
                className={REVIEW_STATE_SWATCH[state]}
                style={{ width: `${String((counts[state] / locked) * 100)}%` }}
              />
            ) : null,
          )}
        </div>
      )}
      <ul className="grid gap-3 sm:grid-cols-3">
        {REVIEW_STATES.map((state) => (
          <li key={state} className="flex flex-col gap-0.5">
            <span className="text-3xl font-semibold tabular-nums">
              {number.format(counts[state])}
            </span>
            <span className="flex items-center gap-1.5 text-sm">
              <span
                aria-hidden="true"
                className={cn('size-3 shrink-0 rounded-sm', REVIEW_STATE_SWATCH[state])}
              />
              <Link
                to={queueHref(state)}
                className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
              >
                {REVIEW_STATE_LABELS[state]}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
