import { useEffect, useState } from 'react';
import { cn } from '@/client/lib/cn';
import { secondaryButton, smallButton } from '@/client/components/ui/button-styles';

type CopyState = 'idle' | 'copied' | 'failed';

const stateText: Record<CopyState, string> = { idle: '', copied: 'Copied', failed: 'Copy failed' };

interface CopyButtonProps {
  /**
   * The text, or a function that builds it on click (a long transcript is a lot of text; the
   * code that formats it may itself load on click).
   */
  text: string | (() => string | Promise<string>);
  /** Visible text. */
  label: string;
  /** A fuller accessible name when the visible text alone is ambiguous; it must contain `label`. */
  accessibleName?: string;
  disabled?: boolean;
  /** `small` for inline actions (IDs, item links), `regular` for toolbar actions. */
  size?: 'small' | 'regular';
}

/** Copies `text`; the result is announced to screen readers and shown for a moment. */
export function CopyButton(props: CopyButtonProps) {
  const { text, label, accessibleName, disabled = false, size = 'small' } = props;
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? await text() : text);
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
        disabled={disabled}
        onClick={() => void copy()}
        className={cn(
          size === 'small' ? smallButton : secondaryButton,
          'disabled:cursor-not-allowed disabled:opacity-60',
        )}
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {stateText[state]}
      </span>
    </span>
  );
}
