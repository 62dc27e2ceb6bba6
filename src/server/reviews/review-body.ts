import { z } from 'zod';
import {
  FLAG_COMMENT_MAX_LENGTH,
  FLAG_KINDS,
  NOTE_MAX_LENGTH,
  REVIEW_STATES,
  type FlagCreate,
  type ReviewBody,
  type ReviewEventBody,
  type ReviewListEntry,
  type ReviewUpdate,
  INDEX_STATUSES,
} from '@/shared/api-contract';
import type { ListedReview, Review, ReviewEvent, ReviewFields } from '@/server/db/review-store';
import { ApiProblem } from '@/server/http/api-errors';
import { cleanAgentName, isAcceptableName } from '@/server/auth/agent-name';

export function reviewBody(review: Review): ReviewBody {
  return {
    thread_id: review.threadId,
    state: review.state,
    claimed_by: review.claimedBy,
    claimed_at: review.claimedAt,
    outcome: review.outcome,
    note: review.note,
    version: review.version,
    updated_at: review.updatedAt,
    updated_by: review.updatedBy,
    flags: review.flags.map((flag) => ({
      id: flag.id,
      item_id: flag.itemId,
      kind: flag.kind,
      comment: flag.comment,
      created_by: flag.createdBy,
      created_at: flag.createdAt,
    })),
  };
}

export function eventBody(event: ReviewEvent): ReviewEventBody {
  const { id, at, agent, field, from, to } = event;
  return { id, at, agent, field, from, to };
}

const isIndexStatus = (value: string): value is (typeof INDEX_STATUSES)[number] =>
  (INDEX_STATUSES as readonly string[]).includes(value);

export function listEntryBody(review: ListedReview): ReviewListEntry {
  const { flags, ...rest } = reviewBody(review);
  const thread = review.thread;
  return {
    ...rest,
    // A list carries no flags, only how many (flags is empty here).
    flags_count: Math.max(flags.length, review.flagsCount),
    thread: thread && {
      title: thread.title,
      status: isIndexStatus(thread.status) ? thread.status : 'unknown',
      status_reason: thread.statusReason,
      user: thread.user,
    },
  };
}

function invalid(message: string): never {
  throw new ApiProblem(400, 'invalid_review', message);
}

const updateSchema = z.object({
  state: z.enum(REVIEW_STATES),
  claimed_by: z.string().nullable(),
  outcome: z.string().nullable(),
  note: z.string(),
});

/**
 * A PUT's body as fields to save, or a 400 that names the rule broken. The note's length is a
 * 413: the agent wrote more than a review holds.
 */
export function readReviewUpdate(body: unknown): ReviewFields {
  const parsed = updateSchema.safeParse(body);
  if (!parsed.success)
    invalid(
      `A review is {"state": ${REVIEW_STATES.map((s) => `"${s}"`).join(' | ')}, "claimed_by": name or null, "outcome": one of the outcomes or null, "note": text}.`,
    );
  const update: ReviewUpdate = parsed.data;
  // UTF-16 units, as the browser's maxLength counts them.
  const length = update.note.length;
  if (length > NOTE_MAX_LENGTH)
    throw new ApiProblem(
      413,
      'payload_too_large',
      `The note is ${length.toLocaleString('en-US')} characters; a note holds at most ${NOTE_MAX_LENGTH.toLocaleString('en-US')}.`,
    );
  const claimedBy = update.claimed_by === null ? null : cleanAgentName(update.claimed_by);
  if (update.state === 'in_review' && claimedBy === null)
    invalid('A review in review is claimed by someone: give claimed_by.');
  if (update.state !== 'in_review' && update.claimed_by !== null)
    invalid(`Only a review in review has a claim: send claimed_by null for ${update.state}.`);
  if (claimedBy !== null && !isAcceptableName(claimedBy))
    invalid('claimed_by is longer than any agent name (64 characters at most).');
  // Line breaks are the agent's; other control characters are not text.
  const note = update.note.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');
  return { state: update.state, claimedBy, outcome: update.outcome, note };
}

/**
 * For an outcome the list does not offer (the caller checks that first, without reading the
 * review): it may stay on a review that already had it, since the list was changed after.
 */
export function refuseRetiredOutcome(
  outcome: string,
  outcomes: readonly string[],
  currentOutcome: string | null,
): void {
  if (outcome !== currentOutcome) invalid(`The outcome must be one of: ${outcomes.join(', ')}.`);
}

const ITEM_ID = /^[A-Za-z0-9_-]{1,128}$/;
const flagSchema = z.object({
  item_id: z.string(),
  kind: z.enum(FLAG_KINDS),
  comment: z.string().default(''),
});

export function readFlagCreate(body: unknown): FlagCreate {
  const parsed = flagSchema.safeParse(body);
  if (!parsed.success)
    invalid(
      `A flag is {"item_id": the item's ID, "kind": ${FLAG_KINDS.map((k) => `"${k}"`).join(' | ')}, "comment": short text}.`,
    );
  const { item_id, kind } = parsed.data;
  if (!ITEM_ID.test(item_id))
    invalid('item_id must be a transcript item ID (letters, digits, _ or -).');
  const comment = parsed.data.comment.replace(/\s+/g, ' ').trim();
  if (comment.length > FLAG_COMMENT_MAX_LENGTH)
    invalid(`A flag's comment holds at most ${FLAG_COMMENT_MAX_LENGTH} characters.`);
  return { item_id, kind, comment };
}

/** `"3"` or `W/"3"` (what our ETag says) → 3; anything else is a 400. */
export function readIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match?.[1]) invalid('If-Match must be the ETag of the review being changed, like "3".');
  return Number(match[1]);
}

export const etagOf = (version: number) => `"${version}"`;
