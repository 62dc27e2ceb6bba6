import { describe, expect, it } from 'vitest';
import { LIST_LIMIT_MAX, type TranscriptEntry } from '@/shared/api-contract';
import { parseItemsPage, parseThread } from '@/server/threads/upstream-schemas';
import { sampleThreads } from './sample-threads';

interface Expected {
  /** Types of the entries served as `unknown`, in order. */
  unknown?: string[];
  /** IDs of the items that failed the strict SDK shape and were repaired. */
  repaired?: string[];
  /** IDs of the items the retrieve answer carries inline; absent means none. */
  inline?: string[];
  /** True when the thread's status is none of the SDK's three. */
  unknownStatus?: boolean;
}

/** The deliberately odd fixtures; every other sample thread is SDK-shaped throughout. */
const EXPECTED: Record<string, Expected> = {
  cthr_demo_hostile: { unknown: ['chatkit.generated_image', 'chatkit.end_of_turn'] },
  cthr_demo_doc_example: {
    repaired: ['cthi_doc_01', 'cthi_doc_02'],
    inline: ['cthi_doc_01', 'cthi_doc_02'],
    unknownStatus: true,
  },
  cthr_demo_inline_only: { inline: ['cthi_inline_01', 'cthi_inline_02'], unknownStatus: true },
  cthr_demo_tool_running: { repaired: ['cthi_running_07'] },
  cthr_demo_future_status: { repaired: [''], unknownStatus: true },
};

const repairedIds = (entries: TranscriptEntry[]) =>
  entries.flatMap((entry) => (entry.kind === 'item' && 'raw' in entry ? [entry.item.id] : []));

const unknownTypes = (entries: TranscriptEntry[]) =>
  entries.flatMap((entry) => (entry.kind === 'unknown' ? [entry.type] : []));

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A thread's items in pages as upstream serves them, each page through the contract. */
function entriesOf(items: unknown[]): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  for (let start = 0; start < items.length; start += LIST_LIMIT_MAX) {
    const data = items.slice(start, start + LIST_LIMIT_MAX);
    const page = parseItemsPage({ data, has_more: start + LIST_LIMIT_MAX < items.length });
    expect(roundTrip(page)).toStrictEqual(page);
    entries.push(...page.data);
  }
  return entries;
}

describe('every demo thread through the contract', () => {
  it.each(sampleThreads.map((sample) => [String(sample.thread['id']), sample] as const))(
    '%s',
    (id, sample) => {
      const expected = EXPECTED[id] ?? {};
      const detail = parseThread(sample.thread);
      const entries = entriesOf(sample.items);

      expect(detail.thread.id).toBe(id);
      expect(detail.thread.status.type === 'unknown').toBe(expected.unknownStatus ?? false);
      expect(entries).toHaveLength(sample.items.length);
      expect(unknownTypes(entries)).toEqual(expected.unknown ?? []);
      expect(repairedIds(entries)).toEqual(expected.repaired ?? []);
      const inline = detail.inline_items;
      expect(
        inline?.map((entry) => (entry.kind === 'item' ? entry.item.id : entry.id)) ?? null,
      ).toEqual(expected.inline ?? null);
      if (inline) expect(repairedIds(inline)).toEqual(expected.inline);
      // What the browser receives is what was parsed: nothing lost or added by JSON.
      expect(roundTrip(detail)).toStrictEqual(detail);
    },
  );

  it('serves the future status by its name, and extra item fields as sent', () => {
    const sample = sampleThreads.find((s) => s.thread['id'] === 'cthr_demo_future_status');
    if (!sample) throw new Error('the future-status fixture is gone');
    expect(parseThread(sample.thread).thread.status).toEqual({
      type: 'unknown',
      sent_type: 'archived',
      reason: null,
    });
    const withExtras = sample.items[2];
    expect(withExtras).toHaveProperty('metadata');
    expect(entriesOf(sample.items)[2]).toStrictEqual({ kind: 'item', item: withExtras });
  });
});
