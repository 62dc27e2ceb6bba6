import { describe, expect, it } from 'vitest';
import { statusWords } from './status-words';

describe('statusWords', () => {
  it('says a locked thread blocks the customer, with its reason', () => {
    const words = statusWords({ type: 'locked', reason: 'Escalated to billing' });
    expect(words.sentence).toBe("Locked — the customer can't send messages · Escalated to billing");
    expect(words.state).toBe("Locked — the customer can't send messages");
    expect(words.reason).toBe('Escalated to billing');
    expect(words.reasonGiven).toBe(true);
    expect(words.short).toBe("Locked · customer can't write");
  });

  it.each([null, '', '   '])(
    'says "no reason given" for a locked thread with reason %j',
    (reason) => {
      const words = statusWords({ type: 'locked', reason });
      expect(words.sentence).toBe("Locked — the customer can't send messages · no reason given");
      expect(words.reasonGiven).toBe(false);
    },
  );

  it('says a closed thread blocks the customer too, with or without a reason', () => {
    expect(statusWords({ type: 'closed', reason: 'Resolved' }).sentence).toBe(
      "Closed — the customer can't send messages · Resolved",
    );
    expect(statusWords({ type: 'closed', reason: null }).sentence).toBe(
      "Closed — the customer can't send messages · no reason given",
    );
  });

  it('says an active thread can still be written to, without inventing a reason', () => {
    const words = statusWords({ type: 'active' });
    expect(words.sentence).toBe('Active — the customer can still write');
    expect(words.reason).toBeNull();
    expect(words.kind).toBe('active');
  });

  it('does not guess for a status it does not know', () => {
    expect(statusWords({ type: 'unknown', sent_type: 'archived', reason: null }).sentence).toBe(
      'Unknown status: archived — what the customer sees is not clear',
    );
    expect(statusWords(undefined).kind).toBe('unknown');
  });

  it('shows bidi controls in a reason instead of obeying them', () => {
    expect(statusWords({ type: 'locked', reason: 'a\u202Eb' }).reason).toBe('a⟨U+202E⟩b');
  });
});
