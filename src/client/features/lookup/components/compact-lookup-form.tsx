import { cn } from '@/client/lib/cn';
import { lookupFieldClass, useThreadLookup } from '../hooks/use-thread-lookup';

/** The header's small "Open a thread" box, on every page but home (which has ThreadLookupForm). */
export function CompactLookupForm() {
  const { field, problem, problemId, onSubmit } = useThreadLookup(true);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      role="search"
      aria-label="Open a thread"
      className="relative flex flex-col gap-2"
    >
      <label htmlFor={field.id} className="sr-only">
        Thread ID or link
      </label>
      <div className="flex flex-row gap-2">
        <input
          {...field}
          type="text"
          placeholder="Open cthr_…"
          className={cn(lookupFieldClass, 'w-36 px-2 py-1 sm:w-60')}
        />
        <button
          type="submit"
          className="rounded-lg bg-sky-700 px-2.5 py-1 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300"
        >
          Open
        </button>
      </div>
      {problem && (
        <p
          id={problemId}
          role="alert"
          className="absolute top-full right-0 z-20 mt-1 w-72 rounded-md border border-red-200 bg-white p-2 text-sm text-red-700 shadow-lg dark:border-red-900 dark:bg-slate-900 dark:text-red-300"
        >
          {problem}
        </p>
      )}
    </form>
  );
}
