import { ErrorPanel } from '@/client/components/feedback/error-panel';
import { secondaryButton } from '@/client/components/ui/button-styles';
import { EmptyList } from './list-parts';

interface MineWithoutNameProps {
  /** Asking the server for the agent's name failed (rather than: there is none yet). */
  failed: boolean;
  onRetry: () => void;
}

/**
 * What "Mine" shows when it cannot know whose claims to list: an empty list would read as "you
 * have claimed nothing", which may be untrue.
 */
export function MineWithoutName({ failed, onRetry }: MineWithoutNameProps) {
  if (failed)
    return (
      <ErrorPanel
        title="Couldn’t find out who you are"
        actions={
          <button type="button" onClick={onRetry} className={secondaryButton}>
            Try again
          </button>
        }
      >
        “Mine” lists the threads claimed under your name, and Threadline couldn’t ask the server for
        it.
      </ErrorPanel>
    );
  return (
    <div role="status">
      <EmptyList>
        “Mine” lists the threads you’ve claimed, and claims are made under your name: you haven’t
        given one yet. Open any thread and set “Your name” in its review panel.
      </EmptyList>
    </div>
  );
}
