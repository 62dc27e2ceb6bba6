import type { ThreadItem } from '@/shared/api-contract';
import { describe, expect, it } from 'vitest';
import {
  asEntry,
  makeAttachment,
  makeClientToolCall,
  makeTaskGroup,
  makeUnknownEntry,
  makeUserMessage,
} from '@/client/testing/item-factories';
import {
  attachmentField,
  findFields,
  matchLocation,
  taskGroupField,
  toolCallField,
} from './item-text';
import { toTranscriptEntries } from './transcript-entries';

function entryOf(raw: ThreadItem) {
  const [entry] = toTranscriptEntries([asEntry(raw)]);
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('matchLocation', () => {
  const message = entryOf(
    makeUserMessage({
      content: [
        { type: 'quoted_text', text: 'Order A-1023' },
        { type: 'input_text', text: 'a-1023 and A-1023 again' },
      ],
      attachments: [makeAttachment({ name: 'receipt-a-1023.png' })],
    }),
  );

  it('finds the field and the occurrence within it, counting across fields in card order', () => {
    expect([0, 1, 2, 3].map((occurrence) => matchLocation(message, ' A-1023', occurrence))).toEqual(
      [
        { field: 0, n: 0 },
        { field: 1, n: 0 },
        { field: 1, n: 1 },
        { field: attachmentField(2, 0), n: 0 },
      ],
    );
  });

  it('has no location past the last match or without a query', () => {
    expect(matchLocation(message, 'a-1023', 4)).toBeNull();
    expect(matchLocation(message, '  ', 0)).toBeNull();
  });

  it('places tool-call output and task-group summaries where their renderers label them', () => {
    const call = entryOf(makeClientToolCall({ arguments: '{"id":"X-1"}', output: '"X-1"' }));
    expect(matchLocation(call, 'x-1', 1)).toEqual({ field: toolCallField.output, n: 0 });
    const group = entryOf(makeTaskGroup());
    expect(findFields(group)[taskGroupField(0, 'summary')]).toBe('Refundable within 60 days.');
    expect(matchLocation(group, 'refundable', 0)).toEqual({
      field: taskGroupField(0, 'summary'),
      n: 0,
    });
  });

  it('searches an unrecognised item by its type and raw JSON', () => {
    const raw = { id: 'cthi_x', type: 'chatkit.hologram', payload: 'hologram' };
    const [unknown] = toTranscriptEntries([makeUnknownEntry(raw, 'chatkit.hologram')]);
    if (!unknown) throw new Error('no entry');
    expect(findFields(unknown)[0]).toBe('chatkit.hologram');
    expect(matchLocation(unknown, 'hologram', 2)).toEqual({ field: 1, n: 1 });
  });
});
