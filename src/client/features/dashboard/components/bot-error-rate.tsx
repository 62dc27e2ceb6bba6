import type { ReviewOverviewBody } from '@/shared/api-contract';
import { cn } from '@/client/lib/cn';
import { BOT_ERROR, percentText } from '../lib/outcome-series';
import { bodyCell, DayRowHeader, headCell, panelClass, tableClass } from './chart-figure';
import { BOT_ERROR_COLOR } from './review-colors';

const number = new Intl.NumberFormat('en');

/** How often the bot was what went wrong: the share of done reviews with outcome "bot error". */
export function BotErrorRate({ overview }: { overview: ReviewOverviewBody }) {
  const { weeks, bot_error_rate: rate } = overview;
  const done = weeks.reduce((sum, week) => sum + week.done, 0);
  const errors = weeks.reduce((sum, week) => sum + (week.outcomes[BOT_ERROR] ?? 0), 0);
  return (
    <section aria-labelledby="dashboard-bot-errors" className={panelClass}>
      <div className="flex flex-col gap-0.5">
        <h2 id="dashboard-bot-errors" className="text-lg font-semibold">
          Bot errors
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="mr-1 text-3xl font-semibold text-slate-900 tabular-nums dark:text-slate-100">
            {percentText(rate)}
          </span>
          {rate === null
            ? `No reviews were marked done in the last ${String(weeks.length)} weeks.`
            : `of done reviews, last ${String(weeks.length)} weeks (${number.format(errors)} of ${number.format(done)})`}
        </p>
      </div>
      <table className={tableClass}>
        <caption className="sr-only">Bot errors per week (UTC), as a share of done reviews</caption>
        <thead>
          <tr>
            <th scope="col" className={headCell}>
              Week of
            </th>
            <th scope="col" className={headCell}>
              Done
            </th>
            <th scope="col" className={headCell}>
              Bot errors
            </th>
            <th scope="col" className={cn(headCell, 'w-2/5')}>
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week}>
              <DayRowHeader day={week.week} />
              <td className={bodyCell}>{number.format(week.done)}</td>
              <td className={bodyCell}>{number.format(week.outcomes[BOT_ERROR] ?? 0)}</td>
              <td className={bodyCell}>
                <ShareCell rate={week.bot_error_rate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ShareCell({ rate }: { rate: number | null }) {
  if (rate === null)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">none done</span>
      </>
    );
  return (
    <span className="flex items-center gap-2">
      <span className="w-10 shrink-0">{percentText(rate)}</span>
      <span aria-hidden="true" className="h-2 flex-1 rounded-sm bg-slate-100 dark:bg-slate-800">
        <span
          className={cn('block h-full rounded-sm', BOT_ERROR_COLOR.swatch)}
          style={{ width: `${String(rate * 100)}%` }}
        />
      </span>
    </span>
  );
}
