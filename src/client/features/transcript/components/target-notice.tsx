import type { ItemTarget } from '../hooks/use-item-target';

const noteClass = 'rounded-lg border px-3 py-2 text-sm';
const tones = {
  info: `${noteClass} border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100`,
  warn: `${noteClass} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100`,
};

/** What happened to the item a #link points at, while it is not (yet) on screen. */
export function TargetNotice({ target }: { target: ItemTarget }) {
  const id = <code className="font-mono text-xs [overflow-wrap:anywhere]">{target.id}</code>;
  switch (target.state) {
    case 'loading':
      return <p className={tones.info}>Loading until item {id} …</p>;
    case 'missing':
      return (
        <p className={tones.warn}>
          Item {id} is not in this thread: the whole transcript loaded without it. The link may
          point at another thread or a deleted item.
        </p>
      );
    case 'hidden':
      return (
        <p className={tones.warn}>
          Item {id} is hidden by “Conversation only”. Turn it off to see the item.
        </p>
      );
    default:
      return null;
  }
}
