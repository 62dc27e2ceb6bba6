import { useId, useState } from 'react';
import {
  NOTE_MAX_LENGTH,
  type ReviewBody,
  type ReviewEventBody,
  type ReviewUpdate,
} from '@/shared/api-contract';
import { secondaryButton, smallButton } from '@/client/components/ui/button-styles';
import { cn } from '@/client/lib/cn';
import { reviewWords } from '@/client/entities/review/model/review-words';
import { RelativeTime } from '@/client/entities/thread/ui/relative-time';
import { useAgent } from '../hooks/use-agent';
import { updateOf, useReview } from '../hooks/use-review';
import { ConflictNotice } from './conflict-notice';
import { FlagList } from './flag-list';
import { NameForm } from './name-form';
import { NoteText } from './note-text';
import { ReviewHistory } from './review-history';

const primaryButton =
  'inline-flex items-center rounded-lg bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500';

/** The agent's edits, and the version they started from. */
interface Draft {
  outcome: string | null;
  note: string;
  base: number;
}

/**
 * The thread's review where the agent works it: claim, release, hand over, mark done, the
 * outcome and the note, flags and the history. Another agent's change arrives within 15 s; a
 * save that another agent's change beat shows both and lets the agent choose.
 */
export function ReviewPanel({ threadId }: { threadId: string }) {
  const agent = useAgent();
  const review = useReview(threadId);
  const headingId = useId();
  const me = agent.me.data;
  const current = review.review;

  if (review.query.isError && !current)
    return (
      <section aria-labelledby={headingId} className={panel}>
        <h2 id={headingId} className={heading}>
          Review
        </h2>
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {review.query.error.message}
        </p>
      </section>
    );

  return (
    <section aria-labelledby={headingId} aria-busy={!current} className={panel}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className={heading}>
          Review
        </h2>
        {current && <ReviewState review={current} me={me?.name ?? null} />}
      </div>
      <NameForm agent={agent} initiallyOpen={me?.name === null} />
      {current && me && (
        <ReviewControls
          review={current}
          history={review.history}
          me={me.name}
          outcomes={me.outcomes}
          actions={review}
        />
      )}
    </section>
  );
}

const panel =
  'flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white px-3.5 py-3 dark:border-slate-800 dark:bg-slate-900';
const heading = 'text-sm font-semibold text-slate-800 dark:text-slate-200';

function ReviewState({ review, me }: { review: ReviewBody; me: string | null }) {
  const mine = review.state === 'in_review' && review.claimed_by === me;
  const tone =
    review.state === 'done'
      ? 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800'
      : review.state === 'in_review'
        ? 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800'
        : 'bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600';
  return (
    <span
      className={cn(
        'max-w-full truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        tone,
      )}
    >
      {mine ? 'In review · you' : reviewWords(review)}
    </span>
  );
}

interface ControlsProps {
  review: ReviewBody;
  history: readonly ReviewEventBody[];
  me: string | null;
  outcomes: readonly string[];
  actions: ReturnType<typeof useReview>;
}

/**
 * Edits stay while new versions arrive (every 15 s, or from this agent's saves): what is not
 * being edited follows the shared review, and a save names the version the edits started from.
 */
function ReviewControls({ review, history, me, outcomes, actions }: ControlsProps) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [handOver, setHandOver] = useState('');
  const [editingNote, setEditingNote] = useState(false);
  const outcomeId = useId();
  const noteId = useId();
  const noteCountId = useId();
  const handOverId = useId();
  const shown = draft ?? { outcome: review.outcome, note: review.note, base: review.version };
  const dirty = draft !== null && (draft.outcome !== review.outcome || draft.note !== review.note);
  // Edits that match the shared review are no edits (saved, or typed back): drop them, so a
  // later change by someone else shows instead of a stale copy.
  if (draft !== null && !dirty) setDraft(null);
  // Another agent's change landed while this one was editing: saving will ask which to keep.
  const overtaken = dirty && draft.base !== review.version;
  const named = me !== null;
  const busy = actions.saving || !named;
  const claimedByOther = review.state === 'in_review' && review.claimed_by !== me;
  // Every save states the whole review: a state change carries the outcome and note on screen.
  const save = (change: Pick<ReviewUpdate, 'state' | 'claimed_by'>) =>
    actions.save({ ...change, outcome: shown.outcome, note: shown.note }, shown.base);
  // Offered outcomes, plus one the list no longer has if this review still carries it.
  const choices =
    review.outcome !== null && !outcomes.includes(review.outcome)
      ? [...outcomes, review.outcome]
      : outcomes;

  return (
    <div className="flex flex-col gap-3">
      {review.state === 'in_review' && review.claimed_by && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {claimedByOther ? `${review.claimed_by} is reviewing this` : 'You are reviewing this'}
          {review.claimed_at !== null && (
            <>
              {' '}
              since <RelativeTime seconds={review.claimed_at} />
            </>
          )}
          .
        </p>
      )}
      {review.state === 'done' && review.updated_by && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Marked done by {review.updated_by}
          {review.updated_at !== null && (
            <>
              {' '}
              <RelativeTime seconds={review.updated_at} />
            </>
          )}
          .
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {review.state === 'unreviewed' && (
          <button
            type="button"
            className={primaryButton}
            disabled={busy}
            onClick={() => save({ state: 'in_review', claimed_by: me })}
          >
            Claim
          </button>
        )}
        {claimedByOther && (
          <button
            type="button"
            className={secondaryButton}
            disabled={busy}
            onClick={() => save({ state: 'in_review', claimed_by: me })}
          >
            Take over
          </button>
        )}
        {review.state === 'in_review' && (
          <>
            <button
              type="button"
              className={primaryButton}
              disabled={busy}
              onClick={() => save({ state: 'done', claimed_by: null })}
            >
              Mark done
            </button>
            <button
              type="button"
              className={secondaryButton}
              disabled={busy}
              onClick={() => save({ state: 'unreviewed', claimed_by: null })}
            >
              Release
            </button>
          </>
        )}
        {review.state === 'done' && (
          <button
            type="button"
            className={secondaryButton}
            disabled={busy}
            onClick={() => save({ state: 'in_review', claimed_by: me })}
          >
            Reopen
          </button>
        )}
      </div>
      {review.state === 'in_review' && (
        <form
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const to = handOver.trim();
            if (to !== '') save({ state: 'in_review', claimed_by: to });
          }}
        >
          <div className="flex min-w-0 flex-1 flex-col gap-1">
            <label htmlFor={handOverId} className="text-xs text-slate-600 dark:text-slate-400">
              Hand over to
            </label>
            <input
              id={handOverId}
              value={handOver}
              onChange={(event) => setHandOver(event.target.value)}
              placeholder="Agent's name"
              className={field}
            />
          </div>
          <button type="submit" className={smallButton} disabled={busy || handOver.trim() === ''}>
            Hand over
          </button>
        </form>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={outcomeId} className={label}>
          Outcome
        </label>
        <select
          id={outcomeId}
          value={shown.outcome ?? ''}
          disabled={!named}
          onChange={(event) =>
            setDraft({ ...shown, outcome: event.target.value === '' ? null : event.target.value })
          }
          className={field}
        >
          <option value="">No outcome yet</option>
          {choices.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome}
            </option>
          ))}
        </select>
      </div>
      {editingNote || dirty || review.note === '' ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={noteId} className={label}>
            Note
          </label>
          <textarea
            id={noteId}
            value={shown.note}
            disabled={!named}
            maxLength={NOTE_MAX_LENGTH}
            rows={4}
            aria-describedby={noteCountId}
            onChange={(event) => setDraft({ ...shown, note: event.target.value })}
            className={cn(field, 'resize-y')}
          />
          <p id={noteCountId} className="text-xs text-slate-600 dark:text-slate-400">
            {shown.note.length.toLocaleString()} of {NOTE_MAX_LENGTH.toLocaleString()} characters
          </p>
        </div>
      ) : (
        // The saved note as the team reads it: text, its links clickable, nothing else live.
        <div className="flex flex-col gap-1">
          <div className="flex items-center justify-between gap-2">
            <h3 className={label}>Note</h3>
            <button
              type="button"
              className={smallButton}
              disabled={!named}
              onClick={() => setEditingNote(true)}
            >
              Edit note
            </button>
          </div>
          <p
            data-testid="review-note"
            className="max-h-60 overflow-y-auto rounded-lg bg-slate-50 px-2.5 py-1.5 text-sm text-slate-900 dark:bg-slate-800 dark:text-slate-100"
          >
            <NoteText text={review.note} />
          </p>
        </div>
      )}
      {dirty && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={primaryButton}
            disabled={busy}
            onClick={() => {
              setEditingNote(false);
              actions.save(
                { ...updateOf(review), outcome: shown.outcome, note: shown.note },
                shown.base,
              );
            }}
          >
            Save outcome and note
          </button>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              setDraft(null);
              setEditingNote(false);
            }}
          >
            Discard changes
          </button>
        </div>
      )}
      {overtaken && !actions.conflict && (
        <p className="text-sm text-amber-900 dark:text-amber-200">
          {review.updated_by ?? 'Another agent'} changed this review while you were editing. Your
          edits are still here; saving shows both versions so you can choose.
        </p>
      )}
      <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {actions.saving ? 'Saving…' : ''}
      </p>
      {actions.saveError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {actions.saveError.message}
        </p>
      )}
      {actions.conflict && (
        <ConflictNotice
          conflict={actions.conflict}
          onKeepMine={actions.keepMine}
          onTakeTheirs={() => {
            actions.takeTheirs();
            setDraft(null);
          }}
          busy={actions.saving}
        />
      )}
      <FlagList threadId={review.thread_id} flags={review.flags} actions={actions} named={named} />
      <ReviewHistory history={history} />
    </div>
  );
}

const label = 'text-sm font-medium text-slate-800 dark:text-slate-200';
const field =
  'min-w-0 rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
