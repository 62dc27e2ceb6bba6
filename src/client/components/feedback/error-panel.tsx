import type { ReactNode } from 'react';

interface ErrorPanelProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/** An expected failure, said plainly, with what to do next. */
export function ErrorPanel({ title, children, actions }: ErrorPanelProps) {
  return (
    <section
      role="alert"
      className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-950 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100"
    >
      <h2 className="font-semibold">{title}</h2>
      <div className="mt-1 text-sm [overflow-wrap:anywhere]">{children}</div>
      {actions && <div className="mt-3 flex flex-wrap gap-2">{actions}</div>}
    </section>
  );
}
