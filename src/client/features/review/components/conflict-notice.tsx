import { useEffect, useRef } from 'react';
import type { ReviewUpdate } from '@/shared/api-contract';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { reviewWords } from '@/client/entities/review/model/review-words';
import type { ReviewConflict } from '../hooks/use-review';

const FIELDS: { key: keyof ReviewUpdate; label: string }[] = [
  { key: 'state', label: 'State' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'note', label: 'Note' },
];

function shown(update: ReviewUpdate, key: keyof ReviewUpdate): string {
  if (key === 'state') return reviewWords(update);
  const value = update[key];
  return value === null || value === '' ? '(none)' : value;
}

interface ConflictNoticeProps {
  conflict: ReviewConflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}

/**
 * Another agent saved first. Shows what differs, theirs beside this agent's, and lets the agent
 * keep theirs (saved over the new version) or take the other's. Focus moves here: the save the
 * agent pressed did not happen, and they must know.
 */
export function ConflictNotice({ conflict, onKeepMine, onTakeTheirs, busy }: ConflictNoticeProps) {
  const { mine, theirs } = conflict;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [theirs.version]);
  const differs = FIELDS.filter(({ key }) => shown(mine, key) !== shown(theirs, key));
  return (
    <div
      role="group"
      aria-labelledby="review-conflict-heading"
      className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <h3 id="review-conflict-heading" ref={heading} tabIndex={-1} className="font-semibold">
        {theirs.updated_by ?? 'Another agent'} changed this review before your save
      </h3>
      {differs.length === 0 ? (
        <p>Your change and theirs are the same.</p>
      ) : (
        <dl className="flex flex-col gap-1.5">
          {differs.map(({ key, label }) => (
            <div key={key} className="flex flex-col gap-0.5">
              <dt className="font-medium">{label}</dt>
              <dd className="[overflow-wrap:anywhere] whitespace-pre-wrap">
                Yours: {shown(mine, key)}
              </dd>
              <dd className="[overflow-wrap:anywhere] whitespace-pre-wrap">
                Theirs: {shown(theirs, key)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButton} disabled={busy} onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className={secondaryButton} onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
