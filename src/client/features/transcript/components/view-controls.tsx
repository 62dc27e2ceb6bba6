import { smallButton } from '@/client/components/ui/button-styles';
import type { ViewState } from '../hooks/use-view-state';
import type { TimeZoneChoice } from './items/time-zone-context';

interface ViewControlsProps {
  view: ViewState;
  shown: number;
  total: number;
  onShowShortcuts: () => void;
}

const fieldClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

/** How the transcript is shown, in one compact row: filter, details, clock, shortcut help. */
export function ViewControls({ view, shown, total, onShowShortcuts }: ViewControlsProps) {
  return (
    <div
      role="group"
      aria-label="View"
      className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1.5 text-xs text-slate-800 dark:text-slate-200"
    >
      <label className="inline-flex items-center gap-1.5">
        <input
          type="checkbox"
          checked={view.conversationOnly}
          onChange={(event) => view.setConversationOnly(event.target.checked)}
          className="size-3.5 accent-sky-700 dark:accent-sky-400"
        />
        Conversation only
      </label>
      <span className="inline-flex gap-1">
        <button type="button" className={smallButton} onClick={() => view.setAllDetails(true)}>
          Expand all
        </button>
        <button type="button" className={smallButton} onClick={() => view.setAllDetails(false)}>
          Collapse all
        </button>
      </span>
      <label className="inline-flex items-center gap-1.5">
        Times
        <select
          value={view.timeZone}
          onChange={(event) => view.setTimeZone(event.target.value as TimeZoneChoice)}
          className={fieldClass}
        >
          <option value="local">Local</option>
          <option value="utc">UTC</option>
        </select>
      </label>
      <button
        type="button"
        className={smallButton}
        aria-label="Keyboard shortcuts"
        onClick={onShowShortcuts}
      >
        Shortcuts <kbd className="font-mono text-slate-500 dark:text-slate-400">?</kbd>
      </button>
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {view.conversationOnly
          ? `Showing ${shown.toLocaleString()} of ${total.toLocaleString()} items`
          : ''}
      </p>
    </div>
  );
}
