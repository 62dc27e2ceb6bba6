import { describe, expect, it } from 'vitest';
import type { ThreadItemsPage, ThreadResource } from '@/shared/api-contract';
import { makeUserMessage } from '@/client/testing/item-factories';
import { rawThreadExport } from './export-json';

describe('rawThreadExport', () => {
  it('returns the cached objects themselves, in order, once each', () => {
    const thread = {
      id: 'cthr_raw',
      object: 'chatkit.thread',
      extra: { kept: true },
    } as unknown as ThreadResource;
    const [a, b, c] = [
      makeUserMessage({ id: 'a' }),
      makeUserMessage({ id: 'b' }),
      makeUserMessage({ id: 'c' }),
    ];
    const odd = { type: 'chatkit.generated_image', unexpected: 1 };
    const page = (data: unknown[]) => ({ data }) as unknown as ThreadItemsPage;
    const result = rawThreadExport(thread, [page([a, b]), page([b, c, odd])]);
    expect(result.thread).toBe(thread);
    expect(result.items).toEqual([a, b, c, odd]);
    expect(result.items[0]).toBe(a);
    expect(result.items[3]).toBe(odd);
  });

  it('includes the items a thread carried inline when /items added nothing', () => {
    const inline = { id: 'cthi_doc', type: 'user_message', content: [] };
    const thread = {
      id: 'cthr_doc',
      items: { data: [inline], has_more: false },
    } as unknown as ThreadResource;
    const empty = { data: [] } as unknown as ThreadItemsPage;
    expect(rawThreadExport(thread, [empty]).items).toEqual([inline]);
  });
});
