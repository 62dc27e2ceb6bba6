/**
 * Says, at the top or bottom of a partly loaded transcript, that more items are there and load
 * as the reader scrolls. One line, always the same height, so the list never shifts for it.
 */
export function EdgeStatus({
  side,
  more,
  loading,
}: {
  side: 'start' | 'end';
  more: boolean;
  loading: boolean;
}) {
  if (!more) return null;
  const text =
    side === 'start'
      ? 'Earlier items load as you scroll up.'
      : 'Later items load as you scroll down.';
  return (
    <p className="h-5 text-center text-xs leading-5 text-slate-600 dark:text-slate-400">
      {loading ? 'Loading more items…' : text}
    </p>
  );
}
