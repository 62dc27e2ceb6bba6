import { describe, expect, it } from 'vitest';
import {
  asEntries,
  makeAssistantMessage,
  makeThreadDetail,
  makeUnknownEntry,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { inlineEntries, mergeInline } from './inline-items';
import { rowId } from './transcript-item';
import { toTranscriptEntries } from './transcript-entries';

const byId = (value: { id: string }) => value.id;
const ids = (values: readonly { id: string }[] | undefined) => values?.map(byId);
const item = (id: string) => ({ id });

describe('mergeInline', () => {
  it('keeps the inline items when the pages hold nothing', () => {
    expect(ids(mergeInline([item('a'), item('b')], [], byId))).toEqual(['a', 'b']);
  });

  it('shows the inline items while no page has answered yet', () => {
    expect(ids(mergeInline([item('a')], undefined, byId))).toEqual(['a']);
  });

  it('lists an item both hold once, as paged, in order', () => {
    const pagedB = { id: 'b' };
    const merged = mergeInline([item('a'), item('b')], [item('a'), pagedB, item('c')], byId);
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged?.[1]).toBe(pagedB);
  });

  it('puts an inline item the pages lack before the next one they hold', () => {
    const merged = mergeInline([item('a'), item('b'), item('c')], [item('c'), item('d')], byId);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts inline items newer than every paged one at the end', () => {
    const merged = mergeInline([item('a'), item('z')], [item('a'), item('b')], byId);
    expect(ids(merged)).toEqual(['a', 'b', 'z']);
  });

  it('drops inline items without an ID once the pages hold items (they cannot be matched)', () => {
    const merged = mergeInline<{ id?: string }>([{}, item('a')], [item('a')], (v) => v.id);
    expect(merged).toEqual([item('a')]);
  });
});

describe('inlineEntries', () => {
  it('lists the items the retrieve answer carried inline, once each, and caches them', () => {
    const detail = makeThreadDetail({}, [
      makeUserMessage({ id: 'cthi_1' }),
      makeAssistantMessage({ id: 'cthi_2' }),
      makeUserMessage({ id: 'cthi_1' }),
    ]);
    const entries = inlineEntries(detail) ?? [];
    expect(entries.map((entry) => entry.key)).toEqual(['cthi_1', 'cthi_2']);
    expect(inlineEntries(detail)).toBe(entries);
  });

  it('keys inline rows without an ID apart from paged rows', () => {
    const odd = makeUnknownEntry({ type: 'chatkit.end_of_turn' }, 'chatkit.end_of_turn');
    const [inline] = inlineEntries(makeThreadDetail({}, [odd])) ?? [];
    const [paged] = toTranscriptEntries([odd]);
    expect(inline?.key).not.toBe(paged?.key);
    expect(inline && rowId(inline)).toBeUndefined();
  });

  it('is undefined for threads that carried no items inline', () => {
    expect(inlineEntries(makeThreadDetail())).toBeUndefined();
    expect(inlineEntries(undefined)).toBeUndefined();
  });

  it('merges with paged entries by item ID', () => {
    const user = makeUserMessage({ id: 'cthi_u' });
    const paged = toTranscriptEntries(asEntries([user, makeAssistantMessage({ id: 'cthi_a' })]));
    const merged = mergeInline(inlineEntries(makeThreadDetail({}, [user])), paged, rowId);
    expect(merged?.map((entry) => entry.key)).toEqual(['cthi_u', 'cthi_a']);
  });
});
