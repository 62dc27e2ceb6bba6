import { describe, expect, it } from 'vitest';
import { readStatus } from '@/client/entities/thread/model/read-status';
import {
  makeAssistantMessage,
  makeItemsPage,
  makeUnknownEntry,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { readLatestActivity, statusWords } from './row-format';

describe('statusWords', () => {
  it('says why a thread is locked or closed, and says so when no reason was given', () => {
    expect(statusWords(readStatus({ type: 'locked', reason: 'Escalated to billing' }))).toBe(
      'Locked · Escalated to billing',
    );
    expect(statusWords(readStatus({ type: 'locked', reason: null }))).toBe(
      'Locked · no reason given',
    );
    expect(statusWords(readStatus({ type: 'locked', reason: '   ' }))).toBe(
      'Locked · no reason given',
    );
    expect(statusWords(readStatus({ type: 'locked' }))).toBe('Locked · no reason given');
    expect(statusWords(readStatus({ type: 'closed', reason: 'Resolved' }))).toBe(
      'Closed · Resolved',
    );
    expect(statusWords(readStatus({ type: 'active' }))).toBe('Active');
  });

  it('shows bidi controls in a reason instead of obeying them', () => {
    expect(statusWords(readStatus({ type: 'locked', reason: 'a\u202Eb' }))).toBe(
      'Locked · a⟨U+202E⟩b',
    );
  });
});

describe('readLatestActivity', () => {
  it('takes the newest item’s time and the newest customer message, on one line, without quotes', () => {
    const page = makeItemsPage([
      makeAssistantMessage({ created_at: 300 }),
      makeUserMessage({
        created_at: 200,
        content: [
          { type: 'quoted_text', text: 'Your refund was sent.' },
          { type: 'input_text', text: '  Still\nwaiting ' },
          { type: 'input_text', text: 'on my refund\u2066' },
        ],
      }),
      makeUserMessage({ created_at: 100 }),
    ]);
    expect(readLatestActivity(page)).toEqual({
      lastActivity: 300,
      lastCustomerMessage: 'Still waiting on my refund⟨U+2066⟩',
    });
  });

  it('has no message when the page holds none from the customer, and no time without items', () => {
    expect(
      readLatestActivity(
        makeItemsPage([makeAssistantMessage({ created_at: 5 }), makeUnknownEntry({})]),
      ),
    ).toEqual({ lastActivity: 5, lastCustomerMessage: null });
    expect(readLatestActivity(makeItemsPage([]))).toEqual({
      lastActivity: null,
      lastCustomerMessage: null,
    });
  });
});
