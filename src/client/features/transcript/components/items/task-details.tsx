import { ClippedText } from './clipped-text';
import { FindFieldContext } from './find-mark-context';
import { HighlightedText } from './highlighted-text';

interface TaskDetailsProps {
  heading: string | null;
  summary: string | null;
  /** Shown when there is neither heading nor summary, e.g. "Thought". */
  fallback?: string;
  /** The heading's and the summary's fields for find (findFields). */
  fields: { heading: number; summary: number };
}

function present(text: string | null): text is string {
  return text !== null && text.trim() !== '';
}

export function TaskDetails({ heading, summary, fallback, fields }: TaskDetailsProps) {
  if (!present(heading) && !present(summary)) {
    return fallback ? <p className="font-medium [overflow-wrap:anywhere]">{fallback}</p> : null;
  }
  return (
    <div className="min-w-0 space-y-0.5">
      {present(heading) && (
        <p className="font-medium [overflow-wrap:anywhere]">
          <FindFieldContext value={fields.heading}>
            <HighlightedText text={heading} />
          </FindFieldContext>
        </p>
      )}
      {present(summary) && (
        <div className="text-slate-700 dark:text-slate-300">
          <FindFieldContext value={fields.summary}>
            <ClippedText text={summary} />
          </FindFieldContext>
        </div>
      )}
    </div>
  );
}
