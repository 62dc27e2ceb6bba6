import { describe, expect, it } from 'vitest';
import type { ThreadSummary } from '@/shared/api-contract';
import {
  asEntries,
  makeAssistantMessage,
  makeClientToolCall,
  makeOutputText,
  makeTask,
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
  it("carries the team's review right after the status: outcome and note, masked", () => {
    const review = {
      state: 'done' as const,
      claimed_by: null,
      outcome: 'bot error',
      note: 'Promised a refund to maria.gomez@example.com it cannot give.',
      updated_by: 'Ana',
    };
    const sections = handoffSummary(thread, entries, { link, mask: true, review }).split('\n\n');
    expect(sections[1]).toBe(
      'Review: done by Ana\nOutcome: bot error\nNote:\nPromised a refund to m***@example.com it cannot give.',
    );
    const unreviewed = { ...review, state: 'unreviewed' as const, outcome: null, note: '' };
    const plain = handoffSummary(thread, entries, { link, mask: true, review: unreviewed });
    expect(plain).not.toContain('Review:');
  });

  it('leads with the status in words and what the assistant last said, masked by default', () => {
    const text = handoffSummary(thread, entries, { link, mask: true });
    expect(text).toBe(
      [
        "Locked — the customer can't send messages · Escalated to billing",
        '',
        'The assistant last told the customer (2026-11-24 14:06:50 UTC):',
        '“Refund RF-20931 opened for order A-1023.”',
        '',
        'Title: Refund for order A-1023',
        'User: m***@example.com',
        'Thread ID: cthr_handoff',
        `Link: ${link}`,
        'Created: 2026-11-24 14:05:00 UTC',
        'Last activity: 2026-11-24 14:07:40 UTC',
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

  it('says each status in words; a lock without a reason says so', () => {
    const lead = (status: ThreadSummary['status']) =>
      handoffSummary({ ...thread, status }, [], { link, mask: true }).split('\n')[0];
    expect(lead({ type: 'locked', reason: null })).toBe(
      "Locked — the customer can't send messages · no reason given",
    );
    expect(lead({ type: 'closed', reason: 'Resolved' })).toBe(
      'Closed — the conversation has ended · Resolved',
    );
    expect(lead({ type: 'active' })).toBe('Active — the customer can still write');
  });

  it("quotes the assistant's last message as plain text, clipped, without Markdown markup", () => {
    const markdown = [
      '## Refund **approved**',
      '',
      '- Amount: *$42.00*',
      '- See [the policy](https://example.com/refunds)',
      '',
      '```',
      'RF-20931',
      '```',
    ].join('\n');
    const text = handoffSummary(
      thread,
      toTranscriptEntries(asEntries([user('Any news?'), assistant(markdown)])),
      { link, mask: true },
    );
    expect(text).toContain(
      [
        '“Refund approved',
        '',
        '• Amount: $42.00',
        '• See the policy (https://example.com/refunds)',
        '',
        'RF-20931”',
      ].join('\n'),
    );
    for (const markup of ['**approved**', '*$42.00*', '](', '```', '## ', '- ']) {
      expect(text).not.toContain(markup);
    }
    const long = handoffSummary(
      thread,
      toTranscriptEntries(asEntries([assistant('word '.repeat(300))])),
      { link, mask: true },
    );
    expect(long).toMatch(/word…”/);
  });

  it('lists tool calls still running and a task after the last reply', () => {
    const text = handoffSummary(
      thread,
      toTranscriptEntries(
        asEntries([
          makeClientToolCall({ name: 'done_tool' }),
          assistant('Checking with billing.'),
          makeClientToolCall({
            name: 'issue_refund',
            status: 'in_progress',
            arguments: '{"order":"A-1023"}',
            created_at: 1795529300,
          }),
          makeTask({ heading: 'Waiting for billing' }),
        ]),
      ),
      { link, mask: true },
    );
    expect(text).toContain(
      [
        'Still in progress:',
        '- Tool call issue_refund: running, arguments {"order":"A-1023"} (since 2026-11-24 14:08:20 UTC)',
        "- Task after the assistant's last message: Waiting for billing",
      ].join('\n'),
    );
    expect(text).not.toContain('done_tool');
    expect(handoffSummary(thread, entries, { link, mask: true })).not.toContain('in progress');
  });

  it('works from the newest page alone, without the start of the thread', () => {
    const newestPage = toTranscriptEntries(
      asEntries([makeClientToolCall({ name: 'lookup_order' }), user('Still waiting', 1795600000)]),
    );
    const text = handoffSummary(thread, newestPage, { link, mask: true });
    expect(text).toContain('No message from the assistant among the items loaded.');
    expect(text).toContain('Last activity: 2026-11-25 09:46:40 UTC');
    expect(text).toContain('Last turn:\n\nUser, 2026-11-25 09:46:40 UTC:\nStill waiting\n');
  });

  it('copes with a thread without messages, title or user', () => {
    const bare: ThreadSummary = { ...thread, title: null, user: null, status: { type: 'active' } };
    const text = handoffSummary(bare, [], { link, mask: true });
    expect(text).toContain('User: unknown');
    expect(text).toContain('Title: Untitled thread');
    expect(text).toContain('Last activity: unknown');
    expect(text).toContain('No messages among the items loaded.');
  });

  it('shows bidi controls in names and closes an override a message leaves open', () => {
    const lying = {
      ...thread,
      title: 'Invoice \u202Efdp.exe',
      user: 'ann\u2067@example.com',
      status: { type: 'locked', reason: 'Escalated\u200B to billing' },
    } as ThreadSummary;
    const text = handoffSummary(
      lying,
      toTranscriptEntries(asEntries([user('pay \u202Eme'), assistant('ok \u202Edone')])),
      { link, mask: false },
    );
    expect(text).toContain('Title: Invoice ⟨U+202E⟩fdp.exe');
    expect(text).toContain('User: ann⟨U+2067⟩@example.com');
    expect(text).toContain("can't send messages · Escalated⟨U+200B⟩ to billing");
    expect(text).toContain('pay \u202Eme\u202C\n');
    expect(text).toContain('“ok \u202Edone\u202C”');
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
