import { secondaryButton } from '@/client/components/ui/button-styles';
import type { JumpState } from '../hooks/use-jump-to-latest';

/**
 * Escalations are usually read from the end; in a long thread the end is far away, and a thread
 * opened at its newest items has its start far away.
 */
export function JumpToLatest({ state }: { state: JumpState }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {!state.atStart && (
        <button type="button" className={secondaryButton} onClick={state.toStart}>
          Jump to start
        </button>
      )}
      <button type="button" className={secondaryButton} onClick={state.jump}>
        Jump to latest item
      </button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {state.message}
      </p>
    </div>
  );
}
