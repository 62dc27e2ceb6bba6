import type { IndexOverviewBody } from '@/shared/api-contract';
import { cn } from '@/client/lib/cn';
import { countAxis, shortDay } from '../lib/chart-scale';
import { bodyCell, ChartFigure, headCell, tableClass } from './chart-figure';
import { STACK_ORDER, STATUS_FILL, STATUS_NAMES, STATUS_SWATCH } from './status-colors';

type Day = IndexOverviewBody['days'][number];

const number = new Intl.NumberFormat('en');
/** The drawing's own units: one bar a unit wide with a gap, 100 units tall. */
const BAR = 0.72;
const HEIGHT = 100;

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
  const axis = countAxis(Math.max(0, ...days.map(total)));
  const created = days.reduce((sum, day) => sum + total(day), 0);
  const shown = STACK_ORDER.filter(
    (status) => status !== 'unknown' || days.some((day) => day.counts.unknown > 0),
  );
  const labelEvery = Math.max(1, Math.ceil(days.length / 6));

  const chart = (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {shown.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span className={cn('size-3 rounded-sm', STATUS_SWATCH[status])} />
            {STATUS_NAMES[status]}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        {/* The count axis: labels at the gridlines' heights. */}
        <div className="relative h-48 w-10 shrink-0 text-right text-xs text-slate-600 tabular-nums dark:text-slate-400">
          {axis.ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-0 -translate-y-1/2"
              style={{ top: `${String(100 - (tick / axis.top) * 100)}%` }}
            >
              {number.format(tick)}
            </span>
          ))}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <svg
            viewBox={`0 0 ${String(days.length)} ${String(HEIGHT)}`}
            preserveAspectRatio="none"
            className="h-48 w-full overflow-visible"
          >
            {axis.ticks.map((tick) => (
              <line
                key={tick}
                x1={0}
                x2={days.length}
                y1={HEIGHT - (tick / axis.top) * HEIGHT}
                y2={HEIGHT - (tick / axis.top) * HEIGHT}
                vectorEffect="non-scaling-stroke"
                className="stroke-slate-200 dark:stroke-slate-800"
              />
            ))}
            {days.map((day, index) => {
              let base = HEIGHT;
              return (
                <g key={day.day}>
                  <title>{dayText(day)}</title>
                  {/* A transparent full-height target, so the tooltip works on short bars too. */}
                  <rect x={index} y={0} width={1} height={HEIGHT} className="fill-transparent" />
                  {STACK_ORDER.map((status) => {
                    const height = (day.counts[status] / axis.top) * HEIGHT;
                    if (height <= 0) return null;
                    base -= height;
                    return (
                      <rect
                        key={status}
                        x={index + (1 - BAR) / 2}
                        y={base}
                        width={BAR}
                        height={height}
                        className={STATUS_FILL[status]}
                      />
                    );
                  })}
                </g>
              );
            })}
          </svg>
          <div className="relative h-4 text-xs text-slate-600 dark:text-slate-400">
            {days.map((day, index) =>
              index % labelEvery === 0 || index === days.length - 1 ? (
                <span
                  key={day.day}
                  className="absolute -translate-x-1/2 whitespace-nowrap"
                  style={{ left: `${String(((index + 0.5) / days.length) * 100)}%` }}
                >
                  {index === days.length - 1 ? 'Today' : shortDay(day.day)}
                </span>
              ) : null,
            )}
          </div>
        </div>
      </div>
    </div>
  );

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
            <th scope="row" className={cn(bodyCell, 'font-normal')}>
              <time dateTime={day.day}>{shortDay(day.day)}</time>
            </th>
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
