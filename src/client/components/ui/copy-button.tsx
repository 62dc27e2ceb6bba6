import { useEffect, useState } from 'react';
import { smallButton } from './button-styles';

type CopyState = 'idle' | 'copied' | 'failed';

const stateText: Record<CopyState, string> = { idle: '', copied: 'Copied', failed: 'Copy failed' };

interface CopyButtonProps {
  text: string;
  /** Visible text. */
  label: string;
  /** A fuller accessible name when the visible text alone is ambiguous; it must contain `label`. */
  accessibleName?: string;
}

/** Copies `text`; the result is announced to screen readers and shown for a moment. */
export function CopyButton({ text, label, accessibleName }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-1.5">
      <button
        type="button"
        aria-label={accessibleName}
        onClick={() => void copy()}
        className={smallButton}
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {stateText[state]}
      </span>
    </span>
  );
}
