import type { ReviewEventBody } from '@/shared/api-contract';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';
import { historyWords } from '../lib/history-words';

/** Every change, newest first, who and when, old → new; append-only on the server. */
export function ReviewHistory({ history }: { history: readonly ReviewEventBody[] }) {
  if (history.length === 0)
    return <p className="text-xs text-slate-600 dark:text-slate-400">No changes yet.</p>;
  return (
    <details className="group text-sm">
      <summary className="cursor-pointer rounded font-medium text-slate-800 dark:text-slate-200">
        History ({history.length})
      </summary>
      <ol aria-label="Review history" className="mt-2 flex flex-col gap-2">
        {[...history].reverse().map((event) => {
          const words = historyWords(event);
          return (
            <li key={event.id} className="flex flex-col gap-0.5 text-xs">
              <span className="text-slate-600 dark:text-slate-400">
                <RelativeTime seconds={event.at} /> · {event.agent}
              </span>
              <span className="[overflow-wrap:anywhere] text-slate-800 dark:text-slate-200">
                <span className="font-medium">{words.what}:</span>{' '}
                {words.from && <span className="whitespace-pre-wrap">{words.from}</span>}
                {words.from && words.to && <span aria-label="changed to"> → </span>}
                {words.to && <span className="whitespace-pre-wrap">{words.to}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
