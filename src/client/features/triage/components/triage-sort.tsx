import type { TriageSort } from '../lib/triage-rows';

interface TriageSortControlProps {
  sort: TriageSort;
  onChange: (sort: TriageSort) => void;
}

const choices: { value: TriageSort; label: string }[] = [
  { value: 'locked-first', label: 'Locked first' },
  { value: 'pasted', label: 'As pasted' },
];

const segment =
  'relative cursor-pointer px-3 py-1.5 text-sm font-medium text-slate-700 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:text-slate-200 dark:has-checked:bg-sky-400 dark:has-checked:text-slate-950';

/** The board's order: as pasted, or the locked threads (the ones waiting on a human) first. */
export function TriageSortControl({ sort, onChange }: TriageSortControlProps) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">Order</legend>
      <div className="flex w-fit divide-x divide-slate-300 overflow-hidden rounded-lg border border-slate-300 bg-white dark:divide-slate-600 dark:border-slate-600 dark:bg-slate-900">
        {choices.map((choice) => (
          <label key={choice.value} className={segment}>
            <input
              type="radio"
              name="triage-sort"
              value={choice.value}
              checked={sort === choice.value}
              onChange={() => onChange(choice.value)}
              // Covers its label, so a click lands on the radio itself.
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
