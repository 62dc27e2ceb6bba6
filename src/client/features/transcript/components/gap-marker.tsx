/** A visible pause in the conversation, e.g. "2 h 15 min later", announced as a separator. */
export function GapMarker({ label }: { label: string }) {
  return (
    <div
      role="separator"
      aria-label={label}
      className="flex items-center gap-3 text-xs font-medium text-slate-600 dark:text-slate-400"
    >
      <span aria-hidden="true" className="h-px flex-1 bg-slate-300 dark:bg-slate-700" />
      <span aria-hidden="true">{label}</span>
      <span aria-hidden="true" className="h-px flex-1 bg-slate-300 dark:bg-slate-700" />
    </div>
  );
}
