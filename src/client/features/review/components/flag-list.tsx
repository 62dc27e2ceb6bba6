import type { ReviewFlagBody } from '@/shared/api-contract';
import { smallButton } from '@/client/components/ui/button-styles';
import { FLAG_KIND_LABELS } from '@/client/entities/review/model/review-words';
import type { useReview } from '../hooks/use-review';

interface FlagListProps {
  threadId: string;
  flags: readonly ReviewFlagBody[];
  actions: ReturnType<typeof useReview>;
  named: boolean;
}

/** The review's flags, each a link to its item; flags are set on the items themselves. */
export function FlagList({ flags, actions, named }: FlagListProps) {
  const count = flags.length;
  return (
    <div className="flex flex-col gap-1.5">
      <h3 className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {count === 0 ? 'No flags' : count === 1 ? '1 flag' : `${count} flags`}
      </h3>
      {count === 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Flag an item from its actions (hover or focus it) to mark it wrong, good or needing
          attention.
        </p>
      )}
      <ul className="flex flex-col gap-1.5">
        {flags.map((flag) => (
          <li key={flag.id} className="flex items-start justify-between gap-2 text-xs">
            <span className="min-w-0 [overflow-wrap:anywhere] text-slate-800 dark:text-slate-200">
              <a
                href={`#${encodeURIComponent(flag.item_id)}`}
                className="font-medium text-sky-700 underline underline-offset-2 dark:text-sky-300"
              >
                {FLAG_KIND_LABELS[flag.kind]}
              </a>
              {flag.comment && `: ${flag.comment}`}
              <span className="text-slate-600 dark:text-slate-400"> · {flag.created_by}</span>
            </span>
            <button
              type="button"
              className={smallButton}
              disabled={!named || actions.unflagging}
              aria-label={`Remove flag ${FLAG_KIND_LABELS[flag.kind]}${flag.comment ? `: ${flag.comment}` : ''}`}
              onClick={() => actions.unflag(flag.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
