import type { ReviewState } from '@/shared/api-contract';

export interface SeriesColor {
  /** For SVG shapes. */
  fill: string;
  /** For legend swatches and HTML bars. */
  swatch: string;
}

// Every colour here is at least 3:1 against the page in both themes (white; slate-950).

/** The outcome the dashboard watches most keeps one colour whatever else is configured. */
export const BOT_ERROR_COLOR: SeriesColor = {
  fill: 'fill-rose-600 dark:fill-rose-400',
  swatch: 'bg-rose-600 dark:bg-rose-400',
};

export const NO_OUTCOME_COLOR: SeriesColor = {
  fill: 'fill-slate-500 dark:fill-slate-400',
  swatch: 'bg-slate-500 dark:bg-slate-400',
};

export const MORE_OUTCOMES_COLOR: SeriesColor = {
  fill: 'fill-slate-800 dark:fill-slate-200',
  swatch: 'bg-slate-800 dark:bg-slate-200',
};

/**
 * The other outcomes, most frequent first: hues far apart first, and light against dark where
 * hues come close (sky and indigo), so neighbours in a stack stay apart without colour vision.
 */
export const OUTCOME_PALETTE: readonly SeriesColor[] = [
  { fill: 'fill-sky-600 dark:fill-sky-400', swatch: 'bg-sky-600 dark:bg-sky-400' },
  { fill: 'fill-amber-600 dark:fill-amber-300', swatch: 'bg-amber-600 dark:bg-amber-300' },
  { fill: 'fill-emerald-600 dark:fill-emerald-400', swatch: 'bg-emerald-600 dark:bg-emerald-400' },
  { fill: 'fill-violet-600 dark:fill-violet-400', swatch: 'bg-violet-600 dark:bg-violet-400' },
];
// Four hues and "more": the stylesheet every page downloads carries each colour class, and a
// chart of weekly outcomes reads best with few colours anyway (the table lists every outcome).

/** The review badges' hues: unreviewed grey, in review sky, done violet. */
export const REVIEW_STATE_SWATCH: Record<ReviewState, string> = {
  unreviewed: 'bg-slate-500 dark:bg-slate-400',
  in_review: 'bg-sky-600 dark:bg-sky-400',
  done: 'bg-violet-600 dark:bg-violet-400',
};
