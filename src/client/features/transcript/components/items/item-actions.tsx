import { smallButton } from '@/client/components/ui/button-styles';
import { CopyButton } from '@/client/components/ui/copy-button';
import { itemIdOf, itemLink } from '@/client/entities/thread/model/item-link';
import type { RowView } from './row-context';

interface ItemActionsProps {
  row: RowView;
  rawOpen: boolean;
  rawId: string;
  onToggleRaw: () => void;
}

/** Per-item header actions: a shareable link (items with an ID only) and the raw JSON toggle. */
export function ItemActions({ row, rawOpen, rawId, onToggleRaw }: ItemActionsProps) {
  const id = itemIdOf(row.entry);
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      {id !== null && (
        <CopyButton
          text={itemLink(window.location.origin, row.threadId, id)}
          label="Copy link"
          accessibleName="Copy link to this item"
        />
      )}
      <button
        type="button"
        aria-expanded={rawOpen}
        aria-controls={rawId}
        onClick={onToggleRaw}
        className={smallButton}
      >
        Raw JSON
      </button>
    </span>
  );
}
