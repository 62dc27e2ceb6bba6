import { useId, type SyntheticEvent } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { USER_MAX_LENGTH } from '@/shared/api-paths';
import { STATUS_FILTERS, type ListParams, type StatusFilter } from '../lib/list-params';

interface ThreadListFiltersProps {
  params: ListParams;
  onChange: (params: ListParams) => void;
}

const statusLabels: Record<StatusFilter | 'all', string> = {
  all: 'All',
  active: 'Active',
  locked: 'Locked',
  closed: 'Closed',
};

const segment =
  'relative cursor-pointer px-3 py-1.5 text-sm font-medium text-slate-700 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:text-slate-200 dark:has-checked:bg-sky-400 dark:has-checked:text-slate-950';

/** The list's filters; each change lands in the URL, so a filtered list is a link. */
export function ThreadListFilters({ params, onChange }: ThreadListFiltersProps) {
  const userId = useId();

  function applyUser(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('user');
    const user = typeof value === 'string' ? value.trim() : '';
    onChange({ ...params, user: user === '' ? null : user });
  }

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
      <form
        role="search"
        aria-label="Filter by user"
        onSubmit={applyUser}
        className="flex min-w-0 flex-col gap-1"
      >
        <label htmlFor={userId} className="text-sm font-medium">
          User
        </label>
        <div className="flex min-w-0 gap-2">
          <input
            // Re-read the URL's value whenever it changes (Back, a link, Clear).
            key={params.user ?? ''}
            id={userId}
            name="user"
            type="text"
            defaultValue={params.user ?? ''}
            maxLength={USER_MAX_LENGTH}
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. maria@example.com"
            className="w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 sm:w-72 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
          />
          <button type="submit" className={secondaryButton}>
            Apply
          </button>
          {params.user && (
            <button
              type="button"
              className={secondaryButton}
              onClick={() => onChange({ ...params, user: null })}
            >
              Clear
            </button>
          )}
        </div>
      </form>
      <fieldset className="flex min-w-0 flex-col gap-1">
        <legend className="mb-1 text-sm font-medium">Status</legend>
        <div className="flex w-fit divide-x divide-slate-300 overflow-hidden rounded-lg border border-slate-300 bg-white dark:divide-slate-600 dark:border-slate-600 dark:bg-slate-900">
          {(['all', ...STATUS_FILTERS] as const).map((value) => (
            <label key={value} className={segment}>
              <input
                type="radio"
                name="status"
                value={value}
                checked={(params.status ?? 'all') === value}
                onChange={() => onChange({ ...params, status: value === 'all' ? null : value })}
                // Covers its label, so a click lands on the radio itself.
                className="absolute inset-0 cursor-pointer appearance-none opacity-0"
              />
              {statusLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
