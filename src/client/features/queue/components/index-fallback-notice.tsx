import type { IndexFallback } from '../hooks/use-indexed-list';

const text: Record<IndexFallback, string> = {
  off: 'The thread index is off on this server (THREADLINE_INDEX=off), so this list scans the API’s pages in your browser. Search, sorting and review filters need the index.',
  unavailable:
    'The thread index can’t be reached right now, so this list scans the API’s pages in your browser meanwhile. Search, sorting and review filters come back with the index.',
};

interface IndexFallbackNoticeProps {
  kind: IndexFallback;
  /** The address asks for a review filter the scan cannot apply. */
  reviewIgnored: boolean;
}

/** Says why the list is slower and has fewer controls than usual. */
export function IndexFallbackNotice({ kind, reviewIgnored }: IndexFallbackNoticeProps) {
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
      {text[kind]}
      {reviewIgnored && ' Until then this list shows threads in every review state.'}
    </p>
  );
}
