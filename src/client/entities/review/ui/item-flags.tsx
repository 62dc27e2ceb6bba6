import { createContext, Suspense, use } from 'react';
import type { ReviewFlagBody } from '@/shared/api-contract';
import { FlagChips } from './flag-chips';
import { smallButton } from '@/client/components/ui/button-styles';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';

const FlagForm = lazyWithRetry(
  () => import('./flag-form'),
  (module) => module.FlagForm,
);

/** What the transcript's items need of the review: their flags, and a way to add one. */
export interface ItemFlagsValue {
  threadId: string;
  byItem: ReadonlyMap<string, readonly ReviewFlagBody[]>;
  /** False while the agent cannot flag (no name given yet, or the review not read). */
  canFlag: boolean;
}

/** Provided around the transcript by the thread page; absent, items show no flag controls. */
export const ItemFlagsContext = createContext<ItemFlagsValue | null>(null);

/** The flags on one item, each with its comment and who set it. */
export function ItemFlagChips({ itemId }: { itemId: string }) {
  const flags = use(ItemFlagsContext)?.byItem.get(itemId);
  if (!flags?.length) return null;
  return <FlagChips flags={flags} />;
}

/**
 * "Flag" among an item's actions: opens the flag form inside the item (like its raw JSON), not
 * in a popover, which the transcript's rows would clip. Renders nothing outside a thread page.
 */
export function FlagToggle(props: { open: boolean; formId: string; onToggle: () => void }) {
  const flags = use(ItemFlagsContext);
  if (!flags) return null;
  return (
    <button
      type="button"
      aria-expanded={props.open}
      aria-controls={props.formId}
      onClick={props.onToggle}
      className={smallButton}
    >
      Flag
    </button>
  );
}

/** The flag form of one item, shown under its header while open. */
export function ItemFlagForm(props: { itemId: string; formId: string; onDone: () => void }) {
  const flags = use(ItemFlagsContext);
  if (!flags) return null;
  return (
    <div
      id={props.formId}
      className="mt-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      {!flags.canFlag ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Give your name in the Review panel before flagging items.
        </p>
      ) : (
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
          <FlagForm threadId={flags.threadId} itemId={props.itemId} onDone={props.onDone} />
        </Suspense>
      )}
    </div>
  );
}
