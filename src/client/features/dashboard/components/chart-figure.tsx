import { useId, useState, type ReactNode } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { cn } from '@/client/lib/cn';
import { shortDay } from '../lib/chart-scale';

interface ChartFigureProps {
  title: string;
  /** One line under the title: what the chart counts. */
  summary: ReactNode;
  /** The drawing: hidden from screen readers, which read the table instead. */
  chart: ReactNode;
  /** The same figures as a table: always there for screen readers, shown on request. */
  table: ReactNode;
}

/**
 * A chart with its table alternative. The table is in the page for assistive technology at
 * all times; "Show table" puts it on screen too (and hides the drawing) for anyone who wants
 * the exact numbers.
 */
export function ChartFigure({ title, summary, chart, table }: ChartFigureProps) {
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-labelledby={titleId} className={panelClass}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-0.5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{summary}</p>
        </div>
        <button
          type="button"
          className={secondaryButton}
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          Show table
        </button>
      </div>
      {!asTable && <div aria-hidden="true">{chart}</div>}
      {asTable ? (
        // Wide tables scroll sideways on a phone; the keyboard can scroll them too.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region
        <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={`${title}, table`}>
          {table}
        </div>
      ) : (
        <div className="sr-only">{table}</div>
      )}
    </section>
  );
}

/** A dashboard figure's frame. */
export const panelClass =
  'flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800';

/** A table row's header: the day (or the Monday of the week) it counts. */
export function DayRowHeader({ day }: { day: string }) {
  return (
    <th scope="row" className={cn(bodyCell, 'font-normal whitespace-nowrap')}>
      <time dateTime={day}>{shortDay(day)}</time>
    </th>
  );
}

export const tableClass = 'w-full text-left text-sm tabular-nums';
export const headCell = 'border-b border-slate-300 px-2 py-1.5 font-semibold dark:border-slate-700';
export const bodyCell = 'border-b border-slate-200 px-2 py-1.5 dark:border-slate-800';
