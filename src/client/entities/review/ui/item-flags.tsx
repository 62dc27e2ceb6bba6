import { createContext, use, useId, useState, type SyntheticEvent } from 'react';
import {
  FLAG_COMMENT_MAX_LENGTH,
  FLAG_KINDS,
  type FlagCreate,
  type FlagKind,
  type ReviewFlagBody,
} from '@/shared/api-contract';
import { smallButton } from '@/client/components/ui/button-styles';
import { DisclosurePopover } from '@/client/components/ui/disclosure-popover';
import { cn } from '@/client/lib/cn';
import { FLAG_KIND_LABELS } from '../model/review-words';

/** What the transcript's items need of the review: their flags, and a way to add one. */
export interface ItemFlagsValue {
  byItem: ReadonlyMap<string, readonly ReviewFlagBody[]>;
  /** Adds a flag; null while the agent cannot (no name given yet, or reviews unavailable). */
  add: ((flag: FlagCreate) => Promise<unknown>) | null;
}

/** Provided around the transcript by the thread page; absent, items show no flag controls. */
export const ItemFlagsContext = createContext<ItemFlagsValue | null>(null);

const kindTone: Record<FlagKind, string> = {
  wrong: 'bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  needs_attention:
    'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
};

/** The flags on one item, each with its comment and who set it. */
export function ItemFlagChips({ itemId }: { itemId: string }) {
  const flags = use(ItemFlagsContext)?.byItem.get(itemId);
  if (!flags?.length) return null;
  return (
    <ul aria-label="Review flags" className="mt-2 flex flex-wrap gap-1.5">
      {flags.map((flag) => (
        <li
          key={flag.id}
          className={cn(
            'max-w-full rounded-md px-2 py-0.5 text-xs [overflow-wrap:anywhere] ring-1 ring-inset',
            kindTone[flag.kind],
          )}
        >
          <span className="font-semibold">Flag: {FLAG_KIND_LABELS[flag.kind]}</span>
          {flag.comment && ` — ${flag.comment}`}
          <span className="opacity-80"> ({flag.created_by})</span>
        </li>
      ))}
    </ul>
  );
}

/** "Flag": a small form in a popover, kind and a short comment. */
export function FlagItemControl({ itemId }: { itemId: string }) {
  const flags = use(ItemFlagsContext);
  const [open, setOpen] = useState(false);
  if (!flags) return null;
  const { add } = flags;
  return (
    <DisclosurePopover
      label="Flag"
      accessibleName="Flag this item"
      buttonClassName={smallButton}
      panelClassName="top-full right-0 mt-1 w-72"
      open={open}
      onOpenChange={setOpen}
    >
      {add === null ? (
        <p className="text-xs text-slate-700 dark:text-slate-300">
          Give your name in the Review panel before flagging items.
        </p>
      ) : (
        <FlagForm itemId={itemId} add={add} onDone={() => setOpen(false)} />
      )}
    </DisclosurePopover>
  );
}

function FlagForm(props: {
  itemId: string;
  add: NonNullable<ItemFlagsValue['add']>;
  onDone: () => void;
}) {
  const { itemId, add, onDone } = props;
  const [kind, setKind] = useState<FlagKind>('wrong');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const commentId = useId();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    add({ item_id: itemId, kind, comment: comment.trim() })
      .then(() => {
        setComment('');
        onDone();
      })
      .catch((caught: unknown) =>
        setError(caught instanceof Error ? caught.message : 'The flag was not saved.'),
      )
      .finally(() => setSaving(false));
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 text-sm">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium text-slate-800 dark:text-slate-200">Flag as</legend>
        {FLAG_KINDS.map((value) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={`flag-kind-${itemId}`}
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
              className="accent-sky-700"
            />
            {FLAG_KIND_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={commentId} className="font-medium text-slate-800 dark:text-slate-200">
        Comment (optional)
      </label>
      <input
        id={commentId}
        value={comment}
        maxLength={FLAG_COMMENT_MAX_LENGTH}
        onChange={(event) => setComment(event.target.value)}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <button type="submit" className={smallButton} disabled={saving}>
        {saving ? 'Saving…' : 'Save flag'}
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
