/** A row of radios drawn as one segmented control: the status and review filters. */
export const segmentGroup =
  'grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-slate-300 bg-slate-300 sm:flex sm:w-fit dark:border-slate-600 dark:bg-slate-600';
export const segment =
  'relative cursor-pointer bg-white px-3 py-1.5 text-center dark:bg-slate-900 text-sm font-medium text-slate-700 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-sky-600 dark:text-slate-200 dark:has-checked:bg-sky-400 dark:has-checked:text-slate-950';
/** Covers its label, so a click lands on the radio itself. */
export const segmentRadio = 'absolute inset-0 cursor-pointer appearance-none opacity-0';
