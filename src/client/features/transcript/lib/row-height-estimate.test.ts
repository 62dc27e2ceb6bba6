import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '@/shared/api-contract';
import { toTranscriptItem } from '@/client/entities/thread/model/transcript-item';
import {
  makeAssistantMessage,
  makeAttachment,
  makeClientToolCall,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { estimateRowHeight } from './row-height-estimate';

const row = (entry: TranscriptEntry) => toTranscriptItem(entry, 'row');
const user = (text: string, attachments = 0) =>
  row({
    kind: 'item',
    item: makeUserMessage({
      content: [{ type: 'input_text', text }],
      attachments: Array.from({ length: attachments }, (_, n) =>
        makeAttachment({ id: `att_${String(n)}` }),
      ),
    }),
  });
const assistant = (text: string) =>
  row({
    kind: 'item',
    item: makeAssistantMessage({ content: [{ type: 'output_text', text, annotations: [] }] }),
  });

describe('estimateRowHeight', () => {
  it('grows with the lines a message wraps to, and wraps more in a narrow column', () => {
    const short = estimateRowHeight(user('Thanks!'), 380);
    const long = estimateRowHeight(assistant('word '.repeat(120)), 380);
    expect(long).toBeGreaterThan(short + 150);
    expect(estimateRowHeight(assistant('word '.repeat(120)), 900)).toBeLessThan(long);
  });

  it('counts each line break, and attachments under a customer message', () => {
    expect(estimateRowHeight(user('a\nb\nc\nd'), 380)).toBeGreaterThan(
      estimateRowHeight(user('abcd'), 380) + 60,
    );
    expect(estimateRowHeight(user('See file', 2), 380)).toBeGreaterThan(
      estimateRowHeight(user('See file'), 380) + 60,
    );
  });

  it('stops at what shows before "Show more", whatever the message length', () => {
    const huge = estimateRowHeight(assistant('word '.repeat(20_000)), 380);
    expect(huge).toBeLessThan(estimateRowHeight(assistant('word '.repeat(400)), 380) + 100);
  });

  it('gives compact items a fixed height, however long their JSON', () => {
    const call = row({
      kind: 'item',
      item: makeClientToolCall({ arguments: JSON.stringify({ rows: 'x'.repeat(5000) }) }),
    });
    expect(estimateRowHeight(call, 380)).toBeLessThan(200);
  });
});
