import type { IndexStatusName } from '@/shared/api-contract';

/** Stacked from the bottom in this order: the escalations (locked) sit on the baseline. */
export const STACK_ORDER = [
  'locked',
  'active',
  'closed',
  'unknown',
] as const satisfies readonly IndexStatusName[];

export const STATUS_NAMES: Record<IndexStatusName, string> = {
  locked: 'Locked',
  active: 'Active',
  closed: 'Closed',
  unknown: 'Other status',
};

/** The status badges' colours, at least 3:1 against the page in both themes. */
export const STATUS_FILL: Record<IndexStatusName, string> = {
  locked: 'fill-amber-600 dark:fill-amber-400',
  active: 'fill-emerald-600 dark:fill-emerald-400',
  closed: 'fill-slate-500 dark:fill-slate-400',
  unknown: 'fill-violet-600 dark:fill-violet-400',
};

export const STATUS_SWATCH: Record<IndexStatusName, string> = {
  locked: 'bg-amber-600 dark:bg-amber-400',
  active: 'bg-emerald-600 dark:bg-emerald-400',
  closed: 'bg-slate-500 dark:bg-slate-400',
  unknown: 'bg-violet-600 dark:bg-violet-400',
};
