import { describe, expect, it } from 'vitest';
import { asEntries, makeUserMessage } from '@/client/testing/item-factories';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { formatGap, gapLabels } from './time-gap';

describe('formatGap', () => {
  it.each([
    [31 * 60, '31 min later'],
    [2 * 3600 + 15 * 60, '2 h 15 min later'],
    [3 * 3600 + 20, '3 h later'],
    [26 * 3600, '1 d 2 h later'],
    [48 * 3600 + 59, '2 d later'],
  ])('%i seconds → %s', (seconds, label) => {
    expect(formatGap(seconds)).toBe(label);
  });
});

describe('gapLabels', () => {
  const T = 1_760_000_000;
  it('marks only pauses longer than 30 minutes, skipping items without a time', () => {
    const entries = toTranscriptEntries(
      asEntries([
        makeUserMessage({ created_at: T }),
        makeUserMessage({ created_at: T + 30 * 60 }),
        makeUserMessage({ created_at: 0 }),
        makeUserMessage({ created_at: T + 30 * 60 + 2 * 3600 + 15 * 60 }),
      ]),
    );
    expect(gapLabels(entries)).toEqual([undefined, undefined, undefined, '2 h 15 min later']);
  });
});
