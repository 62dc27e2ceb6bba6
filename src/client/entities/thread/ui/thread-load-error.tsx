import { useEffect, useState } from 'react';
import { ErrorPanel } from '@/client/components/feedback/error-panel';
import { secondaryButton } from '@/client/components/ui/button-styles';
import type * as Panels from './thread-load-error-panels';
import type { ThreadLoadErrorProps } from './thread-load-error-panels';

/**
 * The error panels' words, countdowns and links load when a load fails: a first view without an
 * error never downloads them. If that download fails too, the network is the likely problem,
 * and the stand-in panel says so, with a retry that tries both again.
 */
let loading: Promise<typeof Panels> | undefined;
let loaded: typeof Panels | undefined;

function loadPanels(): Promise<typeof Panels> {
  loading ??= import('./thread-load-error-panels').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

type PanelsState = typeof Panels | 'loading' | 'failed';

/** The panels module, and a way to try its download again. */
function usePanels(): [PanelsState, () => void] {
  const [state, setState] = useState<PanelsState>(loaded ?? 'loading');
  useEffect(() => {
    if (state !== 'loading') return;
    let current = true;
    loadPanels().then(
      (module) => current && setState(module),
      () => current && setState('failed'),
    );
    return () => {
      current = false;
    };
  }, [state]);
  return [state, () => setState('loading')];
}

function Unreachable({ onRetry }: { onRetry?: () => void }) {
  return (
    <ErrorPanel
      title="Can't reach Threadline"
      actions={
        onRetry && (
          <button type="button" onClick={onRetry} className={secondaryButton}>
            Try again
          </button>
        )
      }
    >
      Your browser could not reach the Threadline server. Check your connection and try again.
    </ErrorPanel>
  );
}

export function ThreadLoadError(props: ThreadLoadErrorProps) {
  const [panels, reload] = usePanels();
  if (panels === 'loading') return null;
  if (panels === 'failed') {
    return (
      <Unreachable
        onRetry={() => {
          reload();
          props.onRetry();
        }}
      />
    );
  }
  return <panels.ThreadLoadError {...props} />;
}

export function InvalidThreadIdError({ threadId }: { threadId: string }) {
  const [panels, reload] = usePanels();
  if (panels === 'loading') return null;
  if (panels === 'failed') return <Unreachable onRetry={reload} />;
  return <panels.InvalidThreadIdError threadId={threadId} />;
}
