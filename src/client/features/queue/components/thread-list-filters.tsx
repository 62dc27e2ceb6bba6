import { useEffect, useEffectEvent, useId, useState, type SyntheticEvent } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import type { IndexStatusName } from '@/shared/api-contract';
import { totalOf } from '../lib/indexed-list-text';
import { ReviewFilterControl } from './review-filter';
import { segment, segmentGroup, segmentRadio } from './segment-styles';
import { USER_MAX_LENGTH } from '@/shared/api-paths';
import {
  SEARCH_MAX_LENGTH,
  STATUS_FILTERS,
  type ListParams,
  type ListSort,
  type StatusFilter,
} from '@/shared/list-params';

export interface ParamsChangeOptions {
  /** Typing in the search box refines one place in history rather than adding one per word. */
  replace?: boolean;
}

interface ThreadListFiltersProps {
  params: ListParams;
  onChange: (params: ListParams, options?: ParamsChangeOptions) => void;
  /** From the index: threads matching the other filters, per status. Absent while scanning. */
  counts?: Record<IndexStatusName, number> | undefined;
  /** Search, sort and review filters need the index; the in-browser scan offers none of them. */
  indexed: boolean;
}

const statusLabels: Record<StatusFilter | 'all', string> = {
  all: 'All',
  active: 'Active',
  locked: 'Locked',
  closed: 'Closed',
};

/** Typing pauses this long before the list follows: one query per pause, not per key. */
const SEARCH_DEBOUNCE_MS = 250;

const number = new Intl.NumberFormat('en');

const field =
  'w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400';

function countOf(value: StatusFilter | 'all', counts: Record<IndexStatusName, number>): number {
  return value === 'all' ? totalOf(counts) : counts[value];
}

/** The list's filters; each change lands in the URL, so a filtered list is a link. */
export function ThreadListFilters({ params, onChange, counts, indexed }: ThreadListFiltersProps) {
  return (
    <div className="flex flex-col gap-3">
      {indexed && (
        <div className="flex flex-wrap items-end gap-3">
          <SearchBox params={params} onChange={onChange} />
          <SortControl params={params} onChange={onChange} />
        </div>
      )}
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <fieldset className="flex min-w-0 flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">Status</legend>
          {/* Two by two on a phone (counts make the labels long), one row from sm up. */}
          <div className={segmentGroup}>
            {(['all', ...STATUS_FILTERS] as const).map((value) => (
              <label key={value} className={segment}>
                <input
                  type="radio"
                  name="status"
                  value={value}
                  checked={(params.status ?? 'all') === value}
                  onChange={() => onChange({ ...params, status: value === 'all' ? null : value })}
                  className={segmentRadio}
                />
                {statusLabels[value]}
                {/* A space, not just a margin: the radio's name reads "Locked 292". */}
                {counts && ' '}
                {counts && (
                  <span className="ml-0.5 font-normal tabular-nums">
                    {number.format(countOf(value, counts))}
                  </span>
                )}
              </label>
            ))}
          </div>
        </fieldset>
        {indexed && <ReviewFilterControl params={params} onChange={onChange} />}
        <UserFilter params={params} onChange={onChange} />
      </div>
    </div>
  );
}

type ControlProps = Pick<ThreadListFiltersProps, 'params' | 'onChange'>;

/** Searches as the agent types (after a pause); Enter searches at once. */
function SearchBox({ params, onChange }: ControlProps) {
  const id = useId();
  const [text, setText] = useState(params.q ?? '');
  // The URL changed from outside (Back, a link, Clear): show what it says.
  const [shown, setShown] = useState(params.q);
  if (shown !== params.q) {
    setShown(params.q);
    setText(params.q ?? '');
  }
  const apply = useEffectEvent((wanted: string | null) => {
    if (wanted !== params.q) onChange({ ...params, q: wanted }, { replace: true });
  });

  useEffect(() => {
    const wanted = text.trim() === '' ? null : text.trim();
    const timer = setTimeout(() => apply(wanted), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  function searchNow(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = text.trim() === '' ? null : text.trim();
    if (wanted !== params.q) onChange({ ...params, q: wanted }, { replace: true });
  }

  return (
    <form
      role="search"
      aria-label="Search threads"
      onSubmit={searchNow}
      className="flex min-w-48 flex-1 flex-col gap-1"
    >
      <label htmlFor={id} className="text-sm font-medium">
        Search titles and users
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={SEARCH_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        placeholder="e.g. refund, maria, A-1023"
        className={field}
      />
    </form>
  );
}

function UserFilter({ params, onChange }: ControlProps) {
  const userId = useId();

  function applyUser(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('user');
    const user = typeof value === 'string' ? value.trim() : '';
    onChange({ ...params, user: user === '' ? null : user });
  }

  return (
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
          className={`${field} sm:w-64`}
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
  );
}

function SortControl({ params, onChange }: ControlProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Sort
      </label>
      <select
        id={id}
        value={params.sort}
        onChange={(event) =>
          onChange({ ...params, sort: event.target.value === 'oldest' ? 'oldest' : 'newest' })
        }
        className={field}
      >
        {(['newest', 'oldest'] as const satisfies readonly ListSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {sort === 'newest' ? 'Newest first' : 'Oldest first'}
          </option>
        ))}
      </select>
    </div>
  );
}
