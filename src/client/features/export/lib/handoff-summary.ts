import type { ChatKitThreadItemList } from 'openai/resources/beta/chatkit/threads';
import { closeBidi, revealInvisible } from '@/client/lib/invisible-characters';
import type { ReviewBody, ThreadSummary } from '@/shared/api-contract';
import { formatUtcTime } from '@/client/entities/thread/model/format-time';
import type { ThreadStatusView } from '@/client/entities/thread/model/read-status';
import { maskContacts } from './mask-contacts';
import { markdownToPlain } from './markdown-plain';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { threadFacts } from '@/client/entities/thread/model/thread-facts';

export const HANDOFF_TURNS = 3;
export const TURN_MAX_CHARS = 500;
/** Tool-call arguments are context, not the story: a line or two. */
const ARGUMENTS_MAX_CHARS = 200;

export interface HandoffOptions {
  /** Absolute link to the thread in Threadline. */
  link: string;
  /** Mask e-mail addresses and phone numbers in everything taken from the thread. */
  mask: boolean;
  /** The team's review of the thread: its outcome and note lead the facts. */
  review?: Pick<ReviewBody, 'state' | 'claimed_by' | 'outcome' | 'note' | 'updated_by'> | undefined;
}

/** A review note is the agent's, but may quote the customer: as long as a turn at most. */
const NOTE_MAX_CHARS = 1000;

/** "Review: done, outcome bot error (Ana)" and the note; null before anyone reviewed it. */
function reviewSection(review: HandoffOptions['review'], hide: Hide): string | null {
  if (!review || (review.state === 'unreviewed' && !review.outcome && !review.note)) return null;
  const state =
    review.state === 'in_review'
      ? `in review${review.claimed_by ? ` by ${review.claimed_by}` : ''}`
      : review.state === 'done'
        ? `done${review.updated_by ? ` by ${review.updated_by}` : ''}`
        : 'unreviewed';
  const lines = [`Review: ${state}`, `Outcome: ${review.outcome ?? 'none yet'}`];
  if (review.note.trim() !== '')
    lines.push(`Note:\n${closeBidi(clipTurn(hide(revealInvisible(review.note)), NOTE_MAX_CHARS))}`);
  return lines.join('\n');
}

interface Turn {
  role: 'User' | 'Assistant';
  createdAt: number;
  /** Plain text: an assistant's Markdown is already stripped of its markup. */
  text: string;
}

type Hide = (text: string) => string;

/** Clipped at a word boundary when one is near, never inside a surrogate pair. */
export function clipTurn(text: string, max = TURN_MAX_CHARS): string {
  const chars = Array.from(text.replace(/\n{3,}/g, '\n\n').trim());
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.8 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The status as the customer lives it, first thing in a handoff: "Locked — the customer can't
 * send messages · Escalated to billing". A lock without a reason says so.
 */
export function statusInWords({ kind, label, reason }: ThreadStatusView): string {
  switch (kind) {
    case 'locked':
      return `Locked — the customer can't send messages · ${reason ?? 'no reason given'}`;
    case 'closed':
      return `Closed — the conversation has ended${reason ? ` · ${reason}` : ''}`;
    case 'active':
      return `Active — the customer can still write${reason ? ` · ${reason}` : ''}`;
    case 'unknown':
      return `${label} — what the customer sees is not clear${reason ? ` · ${reason}` : ''}`;
  }
}

function turnOf(entry: TranscriptItem): Turn | undefined {
  if (entry.kind !== 'item') return undefined;
  const { item } = entry;
  if (item.type === 'chatkit.user_message') {
    const text = item.content.map((part) => part.text).join('\n\n');
    return { role: 'User', createdAt: item.created_at, text };
  }
  if (item.type === 'chatkit.assistant_message') {
    const text = markdownToPlain(item.content.map((part) => part.text).join('\n\n'));
    return { role: 'Assistant', createdAt: item.created_at, text };
  }
  return undefined;
}

/** The last `count` user or assistant messages with text, oldest first. */
export function lastTurns(entries: readonly TranscriptItem[], count = HANDOFF_TURNS): Turn[] {
  const turns: Turn[] = [];
  for (let i = entries.length - 1; i >= 0 && turns.length < count; i--) {
    const entry = entries[i];
    const turn = entry && turnOf(entry);
    if (turn && turn.text.trim() !== '') turns.unshift(turn);
  }
  return turns;
}

function time(seconds: number): string {
  return formatUtcTime(seconds) ?? 'unknown time';
}

/** What the customer last read from the assistant, quoted; the items may be the newest page only. */
function lastAssistantWords(entries: readonly TranscriptItem[], hide: Hide): string {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    const turn = entry && turnOf(entry);
    if (turn?.role !== 'Assistant' || turn.text.trim() === '') continue;
    const quoted = closeBidi(clipTurn(hide(turn.text)));
    return `The assistant last told the customer (${time(turn.createdAt)}):\n“${quoted}”`;
  }
  return 'No message from the assistant among the items loaded.';
}

function toolCallLine(call: ChatKitThreadItemList.ChatKitClientToolCall, hide: Hide): string {
  const name = call.name.trim() === '' ? 'unnamed tool' : revealInvisible(call.name);
  const args = call.arguments.trim();
  const shown =
    args === '' ? '' : `, arguments ${closeBidi(clipTurn(hide(args), ARGUMENTS_MAX_CHARS))}`;
  return `- Tool call ${hide(name)}: ${call.status === 'in_progress' ? 'running' : call.status}${shown} (since ${time(call.created_at)})`;
}

/**
 * Work the assistant side has not finished: client tool calls not completed, and tasks shown
 * after its last message (ChatKit tasks carry no status; one after the last reply is still the
 * step it is on). Null when there is none.
 */
function inProgress(entries: readonly TranscriptItem[], hide: Hide): string | null {
  const lines: string[] = [];
  let afterLastReply = true;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry?.kind !== 'item') continue;
    const { item } = entry;
    if (item.type === 'chatkit.assistant_message') afterLastReply = false;
    else if (item.type === 'chatkit.client_tool_call' && item.status !== 'completed') {
      lines.unshift(toolCallLine(item, hide));
    } else if (afterLastReply && item.type === 'chatkit.task') {
      const heading = item.heading?.trim() ? revealInvisible(item.heading) : 'untitled task';
      lines.unshift(`- Task after the assistant's last message: ${hide(heading)}`);
    }
  }
  return lines.length === 0 ? null : ['Still in progress:', ...lines].join('\n');
}

function turnsHeading(count: number): string {
  if (count === 0) return 'No messages among the items loaded.';
  return count === 1 ? 'Last turn:' : `Last ${String(count)} turns:`;
}

/**
 * A plain-text summary for handing a thread to another team, most useful first: the status in
 * words, what the assistant last told the customer, work still in progress, the thread's facts,
 * then the last few turns. Needs only the newest items (`entries` may be the newest page, not
 * the whole thread). Contacts are optionally masked; Markdown arrives as plain text.
 */
export function handoffSummary(
  thread: ThreadSummary,
  entries: readonly TranscriptItem[],
  { link, mask, review }: HandoffOptions,
): string {
  // Masked before clipping, so a cut can never leave part of a number unmasked.
  const hide: Hide = mask ? maskContacts : (text) => text;
  const facts = threadFacts(thread);
  const newest = entries.findLast((entry) => entry.kind === 'item')?.item.created_at;
  const turns = lastTurns(entries).map(
    (turn) => `${turn.role}, ${time(turn.createdAt)}:\n${closeBidi(clipTurn(hide(turn.text)))}`,
  );
  const lines = [
    `Title: ${facts.title ? hide(facts.title.replace(/\s+/g, ' ')) : 'Untitled thread'}`,
    `User: ${facts.user ? hide(facts.user) : 'unknown'}`,
    `Thread ID: ${thread.id}`,
    `Link: ${link}`,
    `Created: ${facts.created ?? 'unknown'}`,
    `Last activity: ${newest === undefined ? 'unknown' : time(newest)}`,
  ];
  const sections = [
    hide(statusInWords(facts.status)),
    reviewSection(review, hide),
    lastAssistantWords(entries, hide),
    inProgress(entries, hide),
    lines.join('\n'),
    turnsHeading(turns.length),
    ...turns,
  ];
  return sections.filter((section) => section !== null).join('\n\n') + '\n';
}
