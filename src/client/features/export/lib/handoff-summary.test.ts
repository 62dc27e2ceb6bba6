import { describe, expect, it } from 'vitest';
import type { ThreadSummary } from '@/shared/api-contract';
import {
  asEntries,
  makeAssistantMessage,
  makeClientToolCall,
  makeOutputText,
  makeThreadSummary,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { clipTurn, handoffSummary, lastTurns } from './handoff-summary';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';

const thread = makeThreadSummary({
  id: 'cthr_handoff',
  created_at: 1795529100,
  title: 'Refund for order A-1023',
});

const user = (text: string, created_at = 1795529100) =>
  makeUserMessage({ created_at, content: [{ type: 'input_text', text }] });
const assistant = (text: string, created_at = 1795529160) =>
  makeAssistantMessage({ created_at, content: [makeOutputText({ text })] });

const entries = toTranscriptEntries(
  asEntries([
    user('First question, ignored'),
    assistant('First answer'),
    user('Call me on +44 20 7946 0958 or maria.gomez@example.com', 1795529200),
    makeClientToolCall({ name: 'lookup_order' }),
    assistant('Refund RF-20931 opened for order A-1023.', 1795529210),
    user('Thanks!', 1795529260),
  ]),
);

const link = 'https://threadline.example/threads/cthr_handoff';

describe('handoffSummary', () => {
  it('lists the facts and the last three turns, masked by default', () => {
    const text = handoffSummary(thread, entries, { link, mask: true });
    expect(text).toBe(
      [
        'Thread ID: cthr_handoff',
        `Link: ${link}`,
        'User: m***@example.com',
        'Status: Locked: Escalated to billing',
        'Title: Refund for order A-1023',
        'Created: 2026-11-24 14:05:00 UTC',
        '',
        'Last 3 turns:',
        '',
        'User, 2026-11-24 14:06:40 UTC:',
        'Call me on +** ** **** **58 or m***@example.com',
        '',
        'Assistant, 2026-11-24 14:06:50 UTC:',
        'Refund RF-20931 opened for order A-1023.',
        '',
        'User, 2026-11-24 14:07:40 UTC:',
        'Thanks!',
        '',
      ].join('\n'),
    );
  });

  it('keeps contacts when masking is off', () => {
    const text = handoffSummary(thread, entries, { link, mask: false });
    expect(text).toContain('User: maria.gomez@example.com');
    expect(text).toContain('Call me on +44 20 7946 0958 or maria.gomez@example.com');
  });

  it('copes with a thread without messages, title or user', () => {
    const bare: ThreadSummary = { ...thread, title: null, user: null, status: { type: 'active' } };
    const text = handoffSummary(bare, [], { link, mask: true });
    expect(text).toContain('User: unknown');
    expect(text).toContain('Status: Active\n');
    expect(text).toContain('Title: Untitled thread');
    expect(text).toContain('No messages yet.');
  });

  it('shows bidi controls in names and closes an override a message leaves open', () => {
    const lying = {
      ...thread,
      title: 'Invoice \u202Efdp.exe',
      user: 'ann\u2067@example.com',
      status: { type: 'locked', reason: 'Escalated\u200B to billing' },
    } as ThreadSummary;
    const text = handoffSummary(lying, toTranscriptEntries(asEntries([user('pay \u202Eme')])), {
      link,
      mask: false,
    });
    expect(text).toContain('Title: Invoice ⟨U+202E⟩fdp.exe');
    expect(text).toContain('User: ann⟨U+2067⟩@example.com');
    expect(text).toContain('Status: Locked: Escalated⟨U+200B⟩ to billing');
    expect(text).toContain('pay \u202Eme\u202C\n');
  });
});

describe('lastTurns', () => {
  it('takes user and assistant messages only, skipping empty ones, oldest first', () => {
    const turns = lastTurns(
      toTranscriptEntries(asEntries([user('a'), assistant('b'), user('  '), user('c')])),
      2,
    );
    expect(turns.map((turn) => turn.text)).toEqual(['b', 'c']);
  });
});

describe('clipTurn', () => {
  it('keeps short text and clips long text near 500 characters at a word', () => {
    expect(clipTurn('short')).toBe('short');
    const clipped = clipTurn('word '.repeat(200));
    expect(clipped.length).toBeLessThanOrEqual(501);
    expect(clipped.endsWith('word…')).toBe(true);
  });

  it('never splits an emoji', () => {
    expect(clipTurn('😀'.repeat(600))).toBe(`${'😀'.repeat(500)}…`);
  });
});
