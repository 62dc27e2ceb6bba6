/** Where the facts rail appears: Tailwind's `lg` (64rem = 1024 px), the same in CSS and script. */
export const WIDE_QUERY = '(min-width: 64rem)';

/**
 * The thread page's columns: the transcript, and from `lg` on the facts rail beside it. Shared
 * by the page and its skeleton so nothing moves when the data arrives. `items-start` lets the
 * rail stick. Below `lg` the sticky status bar holds the top, so the find bar sticks under it
 * (`--sticky-top`, read by find-bar.tsx).
 */
export const pageGrid =
  'flex min-w-0 flex-col gap-4 max-lg:[--sticky-top:3.25rem] lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start lg:gap-8 xl:grid-cols-[minmax(0,1fr)_20rem]';
