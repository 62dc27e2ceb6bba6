import type { FlagKind, ReviewFlagBody } from '@/shared/api-contract';
import { cn } from '@/client/lib/cn';
import { FLAG_KIND_LABELS } from '../model/review-words';

const kindTone: Record<FlagKind, string> = {
  wrong: 'bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  needs_attention:
    'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
};

/** The flags on one item, each with its comment and who set it. */
export function FlagChips({ flags }: { flags: readonly ReviewFlagBody[] }) {
  return (
    <ul aria-label="Review flags" className="mt-2 flex flex-wrap gap-1.5">
      {flags.map((flag) => (
        <li
          key={flag.id}
          className={cn(
            'max-w-full rounded-md px-2 py-0.5 text-xs [overflow-wrap:anywhere] ring-1 ring-inset',
            kindTone[flag.kind],
          )}
        >
          <span className="font-semibold">Flag: {FLAG_KIND_LABELS[flag.kind]}</span>
          {flag.comment && ` — ${flag.comment}`}
          <span className="opacity-80"> ({flag.created_by})</span>
        </li>
      ))}
    </ul>
  );
}
