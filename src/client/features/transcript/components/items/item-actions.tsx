import { smallButton } from '@/client/components/ui/button-styles';
import { CopyButton } from '@/client/components/ui/copy-button';
import { DisclosurePopover } from '@/client/components/ui/disclosure-popover';
import { cn } from '@/client/lib/cn';
import { useMediaQuery } from '@/client/lib/use-media-query';
import { itemIdOf, itemLink } from '@/client/entities/thread/model/item-link';
import { FlagToggle } from '@/client/entities/review/ui/item-flags';
import type { RowView } from './row-context';

interface ItemActionsProps {
  row: RowView;
  rawOpen: boolean;
  rawId: string;
  onToggleRaw: () => void;
  /** The review's flag form, shown inside the item (thread pages only). */
  flagOpen: boolean;
  flagId: string;
  onToggleFlag: () => void;
}

/**
 * Per-item actions: a shareable link (items with an ID only) and the raw JSON toggle. They stay
 * out of the way until wanted: shown on hover and whenever focus is in the item (j/k, Tab), always
 * on the linked item, the current find match and while the JSON is open; on touch screens, which
 * cannot hover, they sit behind one small "Item actions" button.
 */
export function ItemActions(props: ItemActionsProps) {
  const { row, rawOpen, rawId, onToggleRaw, flagOpen, flagId, onToggleFlag } = props;
  const touch = useMediaQuery('(hover: none)', false);
  const id = itemIdOf(row.entry);
  const controls = (
    <>
      {id !== null && (
        <CopyButton
          text={itemLink(window.location.origin, row.threadId, id)}
          label="Copy link"
          accessibleName="Copy link to this item"
        />
      )}
      {id !== null && <FlagToggle open={flagOpen} formId={flagId} onToggle={onToggleFlag} />}
      <button
        type="button"
        aria-expanded={rawOpen}
        aria-controls={rawId}
        onClick={onToggleRaw}
        className={smallButton}
      >
        Raw JSON
      </button>
    </>
  );
  if (touch)
    return (
      <DisclosurePopover
        label={<span aria-hidden="true">•••</span>}
        accessibleName="Item actions"
        // A finger's target: at least 32 px square (WCAG asks 24).
        buttonClassName={cn(smallButton, 'min-h-8 min-w-10 tracking-tighter')}
        panelClassName="top-full right-0 mt-1 flex w-max flex-col items-start gap-2"
      >
        {controls}
      </DisclosurePopover>
    );
  const pinned = row.target || row.current || rawOpen || flagOpen;
  // Floats on the card's top edge, left of the time, like a chat app's message toolbar: showing
  // it never moves or wraps the header, and it stays in the tab order while faded out.
  return (
    <span
      className={cn(
        'absolute -top-3.5 right-28 z-10 flex items-center gap-1 rounded-lg border border-slate-200 bg-white p-0.5 shadow-sm dark:border-slate-700 dark:bg-slate-900',
        !pinned &&
          'opacity-0 transition-opacity group-focus-within:opacity-100 group-hover:opacity-100',
      )}
    >
      {controls}
    </span>
  );
}
