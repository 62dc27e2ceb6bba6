import { cn } from '@/client/lib/cn';
import { lookupButtonClass, lookupFieldClass, useThreadLookup } from '../hooks/use-thread-lookup';

/**
 * The home page's paste box: accepts whatever an agent pastes and opens the thread it names.
 * Every other page has the header's CompactLookupForm.
 */
export function ThreadLookupForm() {
  const { field, problem, problemId, onSubmit, actionLabel } = useThreadLookup(false);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <label htmlFor={field.id} className="font-medium text-slate-900 dark:text-slate-100">
        Thread ID or link
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <textarea
          {...field}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the home page exists to take a paste; focusing the box saves a click on every visit
          autoFocus
          placeholder="cthr_… or https://…/threads/cthr_…, or several IDs"
          // A ticket body keeps its line breaks (an input would glue the IDs together); Enter
          // still submits, Shift+Enter adds a line.
          rows={2}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }}
          className={cn(lookupFieldClass, 'resize-y px-3 py-2')}
        />
        <button type="submit" className={lookupButtonClass}>
          {actionLabel}
        </button>
      </div>
      {problem && (
        <p id={problemId} role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
    </form>
  );
}
