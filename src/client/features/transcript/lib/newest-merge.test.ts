import { describe, expect, it } from 'vitest';
import { asEntries, makeUserMessage } from '@/client/testing/item-factories';
import { mergeNewest } from './newest-merge';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';

const items = (from: number, to: number) =>
  toTranscriptEntries(
    asEntries(
      Array.from({ length: to - from }, (_, i) =>
        makeUserMessage({ id: `cthi_${String(from + i)}` }),
      ),
    ),
  );
const keys = (merged: ReturnType<typeof mergeNewest>) => merged.entries.map((entry) => entry.key);

describe('mergeNewest', () => {
  it('shows the newest page after the loaded part, marking the gap between', () => {
    const merged = mergeNewest(items(0, 3), items(8, 10));
    expect(keys(merged)).toEqual(['cthi_0', 'cthi_1', 'cthi_2', 'cthi_8', 'cthi_9']);
    expect(merged.pendingAt).toBe(3);
  });

  it('joins the two without a gap or duplicates once the loaded part reaches the newest page', () => {
    const merged = mergeNewest(items(0, 9), items(7, 10));
    expect(keys(merged)).toEqual(items(0, 10).map((entry) => entry.key));
    expect(merged.pendingAt).toBeNull();
  });

  it('keeps the loaded copy of an item both hold, and the loaded list itself when it has all', () => {
    const loaded = items(0, 10);
    const merged = mergeNewest(loaded, items(5, 10));
    expect(merged.entries).toBe(loaded);
    expect(merged.pendingAt).toBeNull();
    expect(mergeNewest(loaded, undefined).entries).toBe(loaded);
  });
});
