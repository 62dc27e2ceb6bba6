import { createContext, use, useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import {
  FLAG_COMMENT_MAX_LENGTH,
  FLAG_KINDS,
  type FlagCreate,
  type FlagKind,
  type ReviewFlagBody,
} from '@/shared/api-contract';
import { smallButton } from '@/client/components/ui/button-styles';
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
      {flags.add === null ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Give your name in the Review panel before flagging items.
        </p>
      ) : (
        <FlagForm itemId={props.itemId} add={flags.add} onDone={props.onDone} />
      )}
    </div>
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
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
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
              ref={value === 'wrong' ? first : undefined}
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
      <div className="flex gap-2">
        <button type="submit" className={smallButton} disabled={saving}>
          {saving ? 'Saving…' : 'Save flag'}
        </button>
        <button type="button" className={smallButton} onClick={onDone}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
