import { use, useId, useRef, useState, type ReactNode } from 'react';
import { Icon, type IconName } from '@/client/components/ui/icon';
import { cn } from '@/client/lib/cn';
import { rawJsonOf } from '@/client/entities/thread/model/transcript-item';
import { itemIdOf } from '@/client/entities/thread/model/item-link';
import { ItemFlagChips, ItemFlagForm } from '@/client/entities/review/ui/item-flags';
import { ItemActions } from './item-actions';
import { ItemTime } from './item-time';
import { JsonBlock } from './json-block';
import { RowContext } from './row-context';
import { useCardReveal } from './row-reveal-context';

// The customer sits on the left in a sky tint; everything the assistant side produced is
// indented to the right, with tool calls, tasks and widgets compact and quiet.
const tones = {
  customer: 'border-sky-200 bg-sky-50 px-4 py-3 sm:mr-12 dark:border-sky-900 dark:bg-sky-950',
  assistant: 'border-slate-200 bg-white px-4 py-3 sm:ml-12 dark:border-slate-700 dark:bg-slate-900',
  muted:
    'border-slate-200 bg-slate-50 px-3 py-2 text-sm sm:ml-12 dark:border-slate-800 dark:bg-slate-900',
};

const iconTones = {
  customer: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-sky-950',
  assistant: 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900',
  muted: 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200',
};

// The linked item (#fragment) gets a strong ring; the item holding the current find match a lighter one.
const targetRing = 'ring-[3px] ring-amber-500 dark:ring-amber-400';
const currentRing = 'ring-2 ring-sky-500 dark:ring-sky-400';

export type ItemTone = keyof typeof tones;

export interface ItemCardProps {
  /** Accessible name of the card, e.g. "Customer message" or "Tool call lookup_order". */
  label: string;
  /** Visible heading text next to the icon. */
  title: ReactNode;
  icon: IconName;
  tone: ItemTone;
  /** Unix seconds; missing or 0 shows "Unknown time". */
  createdAt: unknown;
  /** Extra header content, such as a status badge. */
  aside?: ReactNode;
  /** Parts that normalisation had to leave out; named so the reader knows something is missing. */
  omitted?: readonly string[];
  children?: ReactNode;
}

/** The frame every transcript item shares: role icon, label, time, then the content. */
export function ItemCard(props: ItemCardProps) {
  const { label, title, icon, tone, createdAt, aside, omitted = [], children } = props;
  const row = use(RowContext);
  const [rawOpen, setRawOpen] = useState(false);
  const rawId = useId();
  const [flagOpen, setFlagOpen] = useState(false);
  const flagId = useId();
  const itemId = row ? itemIdOf(row.entry) : null;
  const card = useRef<HTMLElement>(null);
  useCardReveal(card);
  return (
    <article
      ref={card}
      aria-label={label}
      // Focusable from script only: j/k and deep links move focus here, Tab does not stop here.
      tabIndex={row ? -1 : undefined}
      aria-current={row?.target ? 'true' : undefined}
      className={cn(
        'group relative min-w-0 rounded-xl border text-slate-900 focus-visible:outline-offset-4 dark:text-slate-100',
        tones[tone],
        // The deep-link target outranks the find match when both fall on one item.
        row?.target ? targetRing : row?.current && currentRing,
      )}
    >
      <header className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
        <span
          className={cn('grid size-6 shrink-0 place-items-center rounded-full', iconTones[tone])}
        >
          <Icon name={icon} className="size-3.5" />
        </span>
        <span className="min-w-0 text-sm font-semibold [overflow-wrap:anywhere]">{title}</span>
        {aside}
        <span className="ml-auto flex items-center gap-2">
          {row && (
            <ItemActions
              row={row}
              rawOpen={rawOpen}
              rawId={rawId}
              onToggleRaw={() => setRawOpen((open) => !open)}
              flagOpen={flagOpen}
              flagId={flagId}
              onToggleFlag={() => setFlagOpen((open) => !open)}
            />
          )}
          <ItemTime seconds={createdAt} />
        </span>
      </header>
      {itemId !== null && <ItemFlagChips itemId={itemId} />}
      {itemId !== null && flagOpen && (
        <ItemFlagForm
          itemId={itemId}
          formId={flagId}
          onDone={() => {
            setFlagOpen(false);
            // Back to the Flag button, not the top of the page.
            card.current
              ?.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(flagId)}"]`)
              ?.focus();
          }}
        />
      )}
      {children !== undefined && <div className="mt-2 min-w-0 space-y-2">{children}</div>}
      {omitted.length > 0 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Not shown: {summarizeOmitted(omitted)}
        </p>
      )}
      {row && (
        <div id={rawId} hidden={!rawOpen} className="mt-2 min-w-0">
          {rawOpen && <JsonBlock text={rawJsonOf(row.entry)} copyLabel="Copy raw JSON" />}
        </div>
      )}
    </article>
  );
}

/** "content part (input_tag) ×2, source (entity)" */
function summarizeOmitted(omitted: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const what of omitted) counts.set(what, (counts.get(what) ?? 0) + 1);
  return [...counts].map(([what, count]) => (count > 1 ? `${what} ×${count}` : what)).join(', ');
}
