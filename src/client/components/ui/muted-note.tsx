import type { ReactNode } from 'react';

/** A quiet placeholder such as "(empty message)" or "No output yet". */
export function MutedNote({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600 italic dark:text-slate-400">{children}</p>;
}
