import { cn } from '@/client/lib/cn';
import { REVIEW_FILTERS, type ListParams, type ReviewFilter } from '@/shared/list-params';
import { segment, segmentGroup, segmentRadio } from './segment-styles';

interface ReviewFilterProps {
  params: ListParams;
  onChange: (params: ListParams) => void;
}

const labels: Record<ReviewFilter | 'all', string> = {
  all: 'All',
  unreviewed: 'Unreviewed',
  in_review: 'In review',
  done: 'Done',
  mine: 'Mine',
};

/** All / Unreviewed / In review / Done / Mine (in review under this agent's name). */
export function ReviewFilterControl({ params, onChange }: ReviewFilterProps) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">Review</legend>
      <div className={segmentGroup}>
        {(['all', ...REVIEW_FILTERS] as const).map((value) => (
          // On a phone "All" takes a row of its own: two by two below it, no empty cell.
          <label key={value} className={cn(segment, value === 'all' && 'col-span-2')}>
            <input
              type="radio"
              name="review"
              value={value}
              checked={(params.review ?? 'all') === value}
              onChange={() => onChange({ ...params, review: value === 'all' ? undefined : value })}
              className={segmentRadio}
            />
            {labels[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
