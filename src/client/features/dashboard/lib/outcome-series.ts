import type { ReviewOverviewBody } from '@/shared/api-contract';

type Week = ReviewOverviewBody['weeks'][number];

/** The outcome whose share the server reports as the bot-error rate. */
export const BOT_ERROR = 'bot error';
/** What the server calls done reviews without an outcome. */
export const NO_OUTCOME = 'none';

/** "Bot error", "No outcome": an outcome as a legend or column names it. */
export function outcomeLabel(outcome: string): string {
  if (outcome === NO_OUTCOME) return 'No outcome';
  return `${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`;
}

export interface OutcomeSeries {
  /** Unique among the series (an outcome may be named anything, "other" included). */
  key: string;
  label: string;
  kind: 'bot_error' | 'outcome' | 'more' | 'none';
  /** The outcomes it adds up: one, or every outcome past the palette for "more". */
  outcomes: string[];
}

/**
 * Every outcome done in these weeks, as the table's columns: bot errors first, then the rest by
 * how often they were chosen (ties by name), and reviews without an outcome last.
 */
export function outcomesByFrequency(weeks: readonly Week[]): string[] {
  const totals = new Map<string, number>();
  for (const week of weeks)
    for (const [outcome, count] of Object.entries(week.outcomes))
      if (count > 0) totals.set(outcome, (totals.get(outcome) ?? 0) + count);
  const rank = (outcome: string) => (outcome === BOT_ERROR ? 0 : outcome === NO_OUTCOME ? 2 : 1);
  return [...totals.keys()].sort(
    (a, b) =>
      rank(a) - rank(b) || (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b),
  );
}

/**
 * The chart's stacks, from the baseline up, in the table's order: bot errors sit on the
 * baseline, where their height reads true; past `named` other outcomes (the palette's colours)
 * the least chosen are added up as one, since more colours would no longer tell them apart.
 */
export function outcomeSeries(weeks: readonly Week[], named: number): OutcomeSeries[] {
  const outcomes = outcomesByFrequency(weeks);
  const others = outcomes.filter((o) => o !== BOT_ERROR && o !== NO_OUTCOME);
  const shown = others.slice(0, named);
  const more = others.slice(named);
  const series: OutcomeSeries[] = [];
  if (outcomes.includes(BOT_ERROR))
    series.push({
      key: 'bot_error',
      label: outcomeLabel(BOT_ERROR),
      kind: 'bot_error',
      outcomes: [BOT_ERROR],
    });
  shown.forEach((outcome, i) =>
    series.push({
      key: `outcome-${String(i)}`,
      label: outcomeLabel(outcome),
      kind: 'outcome',
      outcomes: [outcome],
    }),
  );
  if (more.length > 0)
    series.push({
      key: 'more',
      label: `${String(more.length)} more outcome${more.length === 1 ? '' : 's'}`,
      kind: 'more',
      outcomes: more,
    });
  if (outcomes.includes(NO_OUTCOME))
    series.push({
      key: 'none',
      label: outcomeLabel(NO_OUTCOME),
      kind: 'none',
      outcomes: [NO_OUTCOME],
    });
  return series;
}

/** A week's done reviews in one series. */
export function seriesCount(week: Week, series: OutcomeSeries): number {
  return series.outcomes.reduce((sum, outcome) => sum + (week.outcomes[outcome] ?? 0), 0);
}

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/** "23%"; "<1%" rather than a "0%" that hides a few; "—" when there was nothing to divide. */
export function percentText(rate: number | null): string {
  if (rate === null) return '—';
  if (rate > 0 && rate < 0.005) return '<1%';
  if (rate < 1 && rate > 0.995) return '>99%';
  return percent.format(rate);
}
