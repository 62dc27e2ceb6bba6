import type { IndexOverviewBody } from '@/shared/api-contract';
import { cn } from '@/client/lib/cn';
import { bodyCell, ChartFigure, headCell, tableClass } from './chart-figure';

const number = new Intl.NumberFormat('en');

function reasonText(reason: string | null): string {
  return reason ?? 'No reason given';
}

/** Locked threads per lock reason, most first (the server's top 10). */
export function LockedByReasonChart({
  reasons,
  locked,
}: {
  reasons: IndexOverviewBody['locked_by_reason'];
  locked: number;
}) {
  const most = Math.max(1, ...reasons.map((row) => row.count));
  const chart =
    reasons.length === 0 ? (
      <p className="text-sm text-slate-600 italic dark:text-slate-400">No locked threads.</p>
    ) : (
      <ol className="flex flex-col gap-2">
        {reasons.map((row) => (
          <li key={row.reason ?? ''} className="flex flex-col gap-1">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span
                className={cn('min-w-0 [overflow-wrap:anywhere]', row.reason === null && 'italic')}
              >
                {reasonText(row.reason)}
              </span>
              <span className="shrink-0 font-medium tabular-nums">{number.format(row.count)}</span>
            </div>
            <div className="h-2.5 rounded-sm bg-slate-100 dark:bg-slate-800">
              <div
                className="h-full rounded-sm bg-amber-600 dark:bg-amber-400"
                style={{ width: `${String((row.count / most) * 100)}%` }}
              />
            </div>
          </li>
        ))}
      </ol>
    );

  const table = (
    <table className={tableClass}>
      <caption className="sr-only">Locked threads by reason, most first</caption>
      <thead>
        <tr>
          <th scope="col" className={headCell}>
            Reason
          </th>
          <th scope="col" className={headCell}>
            Locked threads
          </th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((row) => (
          <tr key={row.reason ?? ''}>
            <th scope="row" className={cn(bodyCell, 'font-normal [overflow-wrap:anywhere]')}>
              {reasonText(row.reason)}
            </th>
            <td className={bodyCell}>{number.format(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const listed = reasons.reduce((sum, row) => sum + row.count, 0);
  return (
    <ChartFigure
      title="Locked threads by reason"
      summary={
        listed < locked
          ? `The ${String(reasons.length)} most common reasons, ${number.format(listed)} of ${number.format(locked)} locked threads`
          : `${number.format(locked)} locked thread${locked === 1 ? '' : 's'}`
      }
      chart={chart}
      table={table}
    />
  );
}
