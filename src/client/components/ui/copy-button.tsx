import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const stateText: Record<CopyState, string> = { idle: '', copied: 'Copied', failed: 'Copy failed' };

/** Copies `text`; the result is announced to screen readers and shown for a moment. */
export function CopyButton({ text, label }: { text: string; label: string }) {
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
        onClick={() => void copy()}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {stateText[state]}
      </span>
    </span>
  );
}
