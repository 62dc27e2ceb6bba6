import { describe, expect, it } from 'vitest';
import { makeAssistantMessage, makeUserMessage } from '@/client/testing/item-factories';
import { entryId, inlineEntries, mergeInline } from './inline-items';
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
  it('reads the unprefixed types of the reference example as messages', () => {
    const thread = {
      id: 'cthr_x',
      items: {
        data: [
          { id: 'cthi_1', type: 'user_message', content: [{ type: 'input_text', text: 'hi' }] },
          { id: 'cthi_2', type: 'assistant_message', content: [] },
          { id: 'cthi_1', type: 'user_message', content: [] },
        ],
        has_more: false,
      },
    };
    const entries = inlineEntries(thread) ?? [];
    expect(entries.map((entry) => entry.kind === 'item' && entry.item.type)).toEqual([
      'chatkit.user_message',
      'chatkit.assistant_message',
    ]);
    expect(inlineEntries(thread)).toBe(entries);
  });

  it('keys inline rows without an ID apart from paged rows', () => {
    const [inline] = inlineEntries({ items: { data: [{ type: 'chatkit.task' }] } }) ?? [];
    const [paged] = toTranscriptEntries([{ type: 'chatkit.task' }]);
    expect(inline?.key).not.toBe(paged?.key);
    expect(inline && entryId(inline)).toBeUndefined();
  });

  it('is undefined for threads without a usable items page', () => {
    expect(inlineEntries({ items: { data: 'nope' } })).toBeUndefined();
    expect(inlineEntries({ id: 'cthr_x' })).toBeUndefined();
  });

  it('merges with paged entries by item ID', () => {
    const user = makeUserMessage({ id: 'cthi_u' });
    const thread = { items: { data: [user], has_more: false } };
    const paged = toTranscriptEntries([user, makeAssistantMessage({ id: 'cthi_a' })]);
    const merged = mergeInline(inlineEntries(thread), paged, entryId);
    expect(merged?.map((entry) => entry.key)).toEqual(['cthi_u', 'cthi_a']);
  });
});
