import { describe, expect, it } from 'vitest';
import { asEntries, makeUserMessage } from '@/client/testing/item-factories';
import { itemIdFromHash, itemIdOf, itemLink } from './item-link';
import { toTranscriptEntries } from './transcript-entries';

describe('item links', () => {
  it('builds and reads back a link to one item', () => {
    const link = itemLink('https://threadline.example', 'cthr_abc', 'cthi_123');
    expect(link).toBe('https://threadline.example/threads/cthr_abc#cthi_123');
    expect(itemIdFromHash(new URL(link).hash)).toBe('cthi_123');
  });

  it('reads no ID from an empty or malformed fragment', () => {
    expect(itemIdFromHash('')).toBeNull();
    expect(itemIdFromHash('#')).toBeNull();
    expect(itemIdFromHash('#%E0%A4%A')).toBeNull();
  });

  it('gives items without an ID no link', () => {
    const entries = toTranscriptEntries(
      asEntries([makeUserMessage({ id: 'cthi_x' }), makeUserMessage({ id: '' })]),
    );
    expect(entries.map(itemIdOf)).toEqual(['cthi_x', null]);
  });
});
