import { describe, expect, it } from 'vitest';
import { makeAssistantMessage, makeUserMessage } from '@/client/testing/item-factories';
import { entriesOfPages, toTranscriptEntries } from './transcript-entries';

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

describe('entriesOfPages', () => {
  const page = (from: number, count: number) => ({
    data: Array.from({ length: count }, (_, i) =>
      makeUserMessage({ id: `cthi_${String(from + i)}` }),
    ),
  });

  it('normalizes each page once and keeps entries identical as pages arrive', () => {
    const first = page(0, 100);
    const before = entriesOfPages([first]);
    const after = entriesOfPages([first, page(100, 100)]);
    expect(after).toHaveLength(200);
    expect(after.slice(0, 100).every((entry, index) => entry === before[index])).toBe(true);
  });

  it('drops items repeated across pages and keeps id-less items apart', () => {
    const entries = entriesOfPages([
      { data: [makeUserMessage({ id: 'cthi_a' }), { type: 'chatkit.task' }] },
      { data: [makeUserMessage({ id: 'cthi_a' }), { type: 'chatkit.task' }] },
    ]);
    expect(entries.map((entry) => entry.key)).toEqual(['cthi_a', 'index-1', 'index-3']);
  });

  it('costs little per arrival at 10,000 items: no page is normalized twice', () => {
    const pages = Array.from({ length: 100 }, (_, p) => page(p * 100, 100));
    const started = performance.now();
    for (let loaded = 1; loaded <= pages.length; loaded++) entriesOfPages(pages.slice(0, loaded));
    const perArrival = (performance.now() - started) / pages.length;
    expect(entriesOfPages(pages)).toHaveLength(10_000);
    // Generous for slow CI machines; a re-normalizing version takes several times this.
    expect(perArrival).toBeLessThan(8);
  });
});
