import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '@/shared/api-contract';
import {
  asEntry,
  makeItemsPage,
  makeThreadDetail,
  makeUnknownEntry,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { rawThreadExport } from './export-json';

describe('rawThreadExport', () => {
  it('returns the thread and items exactly as upstream sent them, in order, once each', () => {
    const detail = makeThreadDetail({ id: 'cthr_raw' });
    const [a, b, c] = [
      makeUserMessage({ id: 'a' }),
      makeUserMessage({ id: 'b' }),
      makeUserMessage({ id: 'c' }),
    ];
    const odd = { type: 'chatkit.generated_image', unexpected: 1 };
    const upstreamB = { id: 'b', type: 'user_message' };
    const repairedB: TranscriptEntry = { kind: 'item', item: b, raw: upstreamB };
    const result = rawThreadExport(detail, [
      makeItemsPage([a, repairedB]),
      makeItemsPage([asEntry(b), c, makeUnknownEntry(odd)]),
    ]);
    expect(result.thread).toBe(detail.raw);
    expect(result.items).toEqual([a, upstreamB, c, odd]);
    expect(result.items[0]).toBe(a);
    expect(result.items[3]).toBe(odd);
  });

  it('includes the items a thread carried inline when /items added nothing', () => {
    const inline = makeUserMessage({ id: 'cthi_doc' });
    const detail = makeThreadDetail({ id: 'cthr_doc' }, [inline]);
    expect(rawThreadExport(detail, [makeItemsPage([])]).items).toEqual([inline]);
  });
});
