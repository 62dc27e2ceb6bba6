import { describe, expect, it } from 'vitest';
import { makeAssistantMessage, makeUserMessage } from '@/client/testing/item-factories';
import { toTranscriptEntries } from './transcript-entries';

describe('toTranscriptEntries', () => {
  it('drops an item repeated by an overlapping page, keeping API order', () => {
    const first = makeUserMessage({ id: 'cthi_a' });
    const second = makeAssistantMessage({ id: 'cthi_b' });
    const entries = toTranscriptEntries([first, second, { ...second }]);
    expect(entries.map((entry) => entry.key)).toEqual(['cthi_a', 'cthi_b']);
  });

  it('returns the same entry object for the same raw item, so rows are not re-rendered', () => {
    const item = makeUserMessage({ id: 'cthi_same' });
    const [before] = toTranscriptEntries([item]);
    const [after] = toTranscriptEntries([item, makeAssistantMessage({ id: 'cthi_new' })]);
    expect(after).toBe(before);
  });

  it('keeps items without an id, and non-objects, as entries', () => {
    const entries = toTranscriptEntries([{ type: 'chatkit.task' }, 'garbage']);
    expect(entries).toHaveLength(2);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(2);
  });
});
