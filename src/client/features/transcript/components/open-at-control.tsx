import { useState } from 'react';
import { readOpenAt, storeOpenAt, type OpenAt } from '../lib/open-at';

const fieldClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

const labels: Record<OpenAt, string> = {
  'by-status': 'Newest if locked or closed',
  start: 'Start',
  newest: 'Newest items',
};

/**
 * Where threads open, for every thread this agent opens from now on (remembered in this
 * browser). The open thread stays where it is: moving it would lose the reader's place.
 */
export function OpenAtControl() {
  const [choice, setChoice] = useState<OpenAt>(readOpenAt);
  return (
    <label className="inline-flex items-center gap-1.5 text-sm text-slate-800 dark:text-slate-200">
      Open threads at
      <select
        value={choice}
        onChange={(event) => {
          const next = event.target.value as OpenAt;
          storeOpenAt(next);
          setChoice(next);
        }}
        className={fieldClass}
      >
        {(Object.keys(labels) as OpenAt[]).map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
