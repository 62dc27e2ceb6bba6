import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { FLAG_COMMENT_MAX_LENGTH, FLAG_KINDS, type FlagKind } from '@/shared/api-contract';
import { smallButton } from '@/client/components/ui/button-styles';
import { FLAG_KIND_LABELS } from '../model/review-words';
import { useQueryClient } from '@tanstack/react-query';
import { addFlag } from '../api/review-api';
import { reviewQueries } from '../api/review-queries';

/** Kind and a short comment for one item; loaded the first time an agent flags something. */
export function FlagForm(props: { threadId: string; itemId: string; onDone: () => void }) {
  const { threadId, itemId, onDone } = props;
  const queryClient = useQueryClient();
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
    addFlag(threadId, { item_id: itemId, kind, comment: comment.trim() })
      .then((response) => {
        queryClient.setQueryData(reviewQueries.review(threadId).queryKey, response);
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
