import type { ReviewOverviewBody } from '@/shared/api-contract';
import { cn } from '@/client/lib/cn';
import { shortDay } from '../lib/chart-scale';
import {
  outcomeLabel,
  outcomesByFrequency,
  outcomeSeries,
  seriesCount,
  type OutcomeSeries,
} from '../lib/outcome-series';
import { bodyCell, ChartFigure, DayRowHeader, headCell, tableClass } from './chart-figure';
import {
  BOT_ERROR_COLOR,
  MORE_OUTCOMES_COLOR,
  NO_OUTCOME_COLOR,
  OUTCOME_PALETTE,
  type SeriesColor,
} from './review-colors';
import { StackedBars, type BarColumn } from './stacked-bars';

type Weeks = ReviewOverviewBody['weeks'];

const number = new Intl.NumberFormat('en');

function colorsOf(series: OutcomeSeries[]): Map<string, SeriesColor> {
  let next = 0;
  return new Map(
    series.map((s) => {
      if (s.kind === 'bot_error') return [s.key, BOT_ERROR_COLOR];
      if (s.kind === 'none') return [s.key, NO_OUTCOME_COLOR];
      if (s.kind === 'more') return [s.key, MORE_OUTCOMES_COLOR];
      return [s.key, OUTCOME_PALETTE[next++ % OUTCOME_PALETTE.length] ?? MORE_OUTCOMES_COLOR];
    }),
  );
}

/** "This week", and every other Monday back from it: eight full labels crowd a phone. */
function weekLabel(index: number, count: number, week: string): string | null {
  if (index === count - 1) return 'This week';
  return (count - 1 - index) % 2 === 0 ? shortDay(week) : null;
}

function weekText(week: Weeks[number], series: OutcomeSeries[]): string {
  const parts = series
    .filter((s) => seriesCount(week, s) > 0)
    .map((s) => `${number.format(seriesCount(week, s))} ${s.label.toLowerCase()}`);
  return `Week of ${shortDay(week.week)}: ${parts.length > 0 ? parts.join(', ') : 'none done'}`;
}

/** Reviews marked done per week (Monday to Sunday, UTC), stacked by their outcome. */
export function OutcomesPerWeekChart({ weeks }: { weeks: Weeks }) {
  const series = outcomeSeries(weeks, OUTCOME_PALETTE.length);
  const colors = colorsOf(series);
  const outcomes = outcomesByFrequency(weeks);
  const done = weeks.reduce((sum, week) => sum + week.done, 0);
  const columns = weeks.map((week, index): BarColumn => ({
    key: week.week,
    label: weekLabel(index, weeks.length, week.week),
    title: weekText(week, series),
    segments: series.map((s) => ({
      key: s.key,
      value: seriesCount(week, s),
      fill: colors.get(s.key)?.fill ?? '',
    })),
  }));
  const legend = series.map((s) => ({
    key: s.key,
    label: s.label,
    swatch: colors.get(s.key)?.swatch ?? '',
  }));

  const table = (
    <table className={tableClass}>
      <caption className="sr-only">Reviews marked done per week (UTC), by outcome</caption>
      <thead>
        <tr>
          <th scope="col" className={headCell}>
            Week of
          </th>
          {outcomes.map((outcome) => (
            <th key={outcome} scope="col" className={cn(headCell, '[overflow-wrap:anywhere]')}>
              {outcomeLabel(outcome)}
            </th>
          ))}
          <th scope="col" className={headCell}>
            Done
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.week}>
            <DayRowHeader day={week.week} />
            {outcomes.map((outcome) => (
              <td key={outcome} className={bodyCell}>
                {number.format(week.outcomes[outcome] ?? 0)}
              </td>
            ))}
            <td className={bodyCell}>{number.format(week.done)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title="Review outcomes per week"
      summary={`${number.format(done)} review${done === 1 ? '' : 's'} marked done in the last ${String(weeks.length)} weeks, by outcome (weeks from Monday, UTC)`}
      chart={
        done === 0 ? (
          <p className="text-sm text-slate-600 italic dark:text-slate-400">
            No reviews were marked done in these weeks.
          </p>
        ) : (
          <StackedBars columns={columns} legend={legend} />
        )
      }
      table={table}
    />
  );
}
