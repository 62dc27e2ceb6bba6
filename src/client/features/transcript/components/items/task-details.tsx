import { ClippedText } from './clipped-text';
import { HighlightedText } from './highlighted-text';

interface TaskDetailsProps {
  heading: string | null;
  summary: string | null;
  /** Shown when there is neither heading nor summary, e.g. "Thought". */
  fallback?: string;
}

function present(text: string | null): text is string {
  return text !== null && text.trim() !== '';
}

export function TaskDetails({ heading, summary, fallback }: TaskDetailsProps) {
  if (!present(heading) && !present(summary)) {
    return fallback ? <p className="font-medium [overflow-wrap:anywhere]">{fallback}</p> : null;
  }
  return (
    <div className="min-w-0 space-y-0.5">
      {present(heading) && (
        <p className="font-medium [overflow-wrap:anywhere]">
          <HighlightedText text={heading} />
        </p>
      )}
      {present(summary) && (
        <div className="text-slate-700 dark:text-slate-300">
          <ClippedText text={summary} />
        </div>
      )}
    </div>
  );
}
