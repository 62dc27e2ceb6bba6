import type { IndexOverviewBody } from '@/shared/api-contract';
import { shortDay } from '../lib/chart-scale';
import { bodyCell, ChartFigure, DayRowHeader, headCell, tableClass } from './chart-figure';
import { StackedBars, type BarColumn } from './stacked-bars';
import { STACK_ORDER, STATUS_FILL, STATUS_NAMES, STATUS_SWATCH } from './status-colors';

type Day = IndexOverviewBody['days'][number];

const number = new Intl.NumberFormat('en');

function total(day: Day): number {
  return STACK_ORDER.reduce((sum, status) => sum + day.counts[status], 0);
}

function dayText(day: Day): string {
  const parts = STACK_ORDER.filter((status) => day.counts[status] > 0).map(
    (status) => `${number.format(day.counts[status])} ${STATUS_NAMES[status].toLowerCase()}`,
  );
  return `${shortDay(day.day)}: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
}

/** Threads created per UTC day, stacked by their status now. */
export function CreatedPerDayChart({ days }: { days: IndexOverviewBody['days'] }) {
  const created = days.reduce((sum, day) => sum + total(day), 0);
  const shown = STACK_ORDER.filter(
    (status) => status !== 'unknown' || days.some((day) => day.counts.unknown > 0),
  );
  const labelEvery = Math.max(1, Math.ceil(days.length / 6));
  const columns = days.map((day, index): BarColumn => ({
    key: day.day,
    label:
      index === days.length - 1 ? 'Today' : index % labelEvery === 0 ? shortDay(day.day) : null,
    title: dayText(day),
    segments: STACK_ORDER.map((status) => ({
      key: status,
      value: day.counts[status],
      fill: STATUS_FILL[status],
    })),
  }));
  const legend = shown.map((status) => ({
    key: status,
    label: STATUS_NAMES[status],
    swatch: STATUS_SWATCH[status],
  }));
  const chart = <StackedBars columns={columns} legend={legend} />;

  const table = (
    <table className={tableClass}>
      <caption className="sr-only">Threads created per day (UTC), by their status now</caption>
      <thead>
        <tr>
          <th scope="col" className={headCell}>
            Day
          </th>
          {shown.map((status) => (
            <th key={status} scope="col" className={headCell}>
              {STATUS_NAMES[status]}
            </th>
          ))}
          <th scope="col" className={headCell}>
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day}>
            <DayRowHeader day={day.day} />
            {shown.map((status) => (
              <td key={status} className={bodyCell}>
                {number.format(day.counts[status])}
              </td>
            ))}
            <td className={bodyCell}>{number.format(total(day))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title="Threads created per day"
      summary={`${number.format(created)} in the last ${String(days.length)} days, by their status now (UTC days)`}
      chart={chart}
      table={table}
    />
  );
}
