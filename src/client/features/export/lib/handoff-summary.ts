import { closeBidi } from '@/client/lib/invisible-characters';
import type { ThreadSummary } from '@/shared/api-contract';
import { formatUtcTime } from '@/client/entities/thread/model/format-time';
import { maskContacts } from './mask-contacts';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { statusLine, threadFacts } from '@/client/entities/thread/model/thread-facts';

export const HANDOFF_TURNS = 3;
export const TURN_MAX_CHARS = 500;

export interface HandoffOptions {
  /** Absolute link to the thread in Threadline. */
  link: string;
  /** Mask e-mail addresses and phone numbers in everything taken from the thread. */
  mask: boolean;
}

interface Turn {
  role: 'User' | 'Assistant';
  createdAt: number;
  text: string;
}

/** Clipped at a word boundary when one is near, never inside a surrogate pair. */
export function clipTurn(text: string, max = TURN_MAX_CHARS): string {
  const chars = Array.from(text.replace(/\n{3,}/g, '\n\n').trim());
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.8 ? head.slice(0, space) : head).trimEnd()}…`;
}

function turnOf(entry: TranscriptItem): Turn | undefined {
  if (entry.kind !== 'item') return undefined;
  const { item } = entry;
  if (item.type === 'chatkit.user_message') {
    const text = item.content.map((part) => part.text).join('\n\n');
    return { role: 'User', createdAt: item.created_at, text };
  }
  if (item.type === 'chatkit.assistant_message') {
    const text = item.content.map((part) => part.text).join('\n\n');
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

function turnsHeading(count: number): string {
  if (count === 0) return 'No messages yet.';
  return count === 1 ? 'Last turn:' : `Last ${String(count)} turns:`;
}

/**
 * A plain-text summary for handing a thread to another team: who, what state and why, and the
 * last few turns of the conversation, optionally with contacts masked.
 */
export function handoffSummary(
  thread: ThreadSummary,
  entries: readonly TranscriptItem[],
  { link, mask }: HandoffOptions,
): string {
  // Masked before clipping, so a cut can never leave part of a number unmasked.
  const hide = mask ? maskContacts : (text: string) => text;
  const facts = threadFacts(thread);
  const turns = lastTurns(entries).map(
    (turn) =>
      `${turn.role}, ${formatUtcTime(turn.createdAt) ?? 'unknown time'}:\n${closeBidi(clipTurn(hide(turn.text)))}`,
  );
  const lines = [
    `Thread ID: ${thread.id}`,
    `Link: ${link}`,
    `User: ${facts.user ? hide(facts.user) : 'unknown'}`,
    `Status: ${hide(statusLine(facts.status))}`,
    `Title: ${facts.title ? hide(facts.title.replace(/\s+/g, ' ')) : 'Untitled thread'}`,
    `Created: ${facts.created ?? 'unknown'}`,
    '',
    turnsHeading(turns.length),
  ];
  return [lines.join('\n'), ...turns].join('\n\n') + '\n';
}
