import { useEffect, useState } from 'react';
import { secondaryButton } from '@/client/components/ui/button-styles';

type CopyState = 'idle' | 'copied' | 'failed';

const stateText: Record<CopyState, string> = { idle: '', copied: 'Copied', failed: 'Copy failed' };

interface ExportCopyButtonProps {
  label: string;
  /** Built on click, not on every render: a long transcript is a lot of text. */
  getText: () => string;
  disabled?: boolean;
}

/** CopyButton's pattern (announced "Copied" / "Copy failed") for text made on demand. */
export function ExportCopyButton({ label, getText, disabled = false }: ExportCopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(getText());
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-1.5">
      <button
        type="button"
        disabled={disabled}
        onClick={() => void copy()}
        className={`${secondaryButton} disabled:cursor-not-allowed disabled:opacity-60`}
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {stateText[state]}
      </span>
    </span>
  );
}
