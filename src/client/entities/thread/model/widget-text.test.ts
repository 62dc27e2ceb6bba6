import { describe, expect, it } from 'vitest';
import { readWidget, widgetFields } from './widget-text';

describe('readWidget', () => {
  it('collects the readable text of a card in document order', () => {
    const widget = {
      type: 'Card',
      children: [
        { type: 'Title', value: 'Refund requested' },
        { type: 'Text', value: 'Amount: $42.00' },
        { type: 'Caption', value: 'Processed within 5 days' },
        { type: 'Markdown', value: '**Thanks!**' },
        {
          type: 'Button',
          label: 'Track refund',
          onClickAction: { type: 'track', payload: { title: 'hidden' } },
        },
        { type: 'Image', src: 'https://example.com/a.png' },
      ],
    };
    const reading = readWidget(JSON.stringify(widget));
    expect(reading.parsed).toEqual(widget);
    expect(reading.texts).toEqual([
      'Refund requested',
      'Amount: $42.00',
      'Processed within 5 days',
      '**Thanks!**',
      'Track refund',
    ]);
  });

  it('reads double-encoded payloads', () => {
    const inner = JSON.stringify({ type: 'Text', value: 'Hello' });
    expect(readWidget(JSON.stringify(inner)).texts).toEqual(['Hello']);
  });

  it.each(['', '   ', '{not json', 'x'.repeat(1_100_000)])(
    'reports %j as unreadable without throwing',
    (text) => {
      expect(readWidget(text)).toEqual({ parsed: undefined, texts: [] });
    },
  );

  it('ignores blank and non-string text fields', () => {
    const text = JSON.stringify({
      type: 'Text',
      value: '  ',
      title: 42,
      label: null,
      text: 'kept',
    });
    expect(readWidget(text).texts).toEqual(['kept']);
  });

  it('stops at a depth limit on deeply nested payloads', () => {
    let node: unknown = { type: 'Text', value: 'deep' };
    for (let i = 0; i < 1000; i++) node = { type: 'Box', children: [node] };
    const reading = readWidget(JSON.stringify(node));
    expect(reading.parsed).toBeDefined();
    expect(reading.texts).toEqual([]);
  });

  it('caps the number of texts', () => {
    const children = Array.from({ length: 1000 }, (_, i) => ({ type: 'Text', value: `t${i}` }));
    expect(readWidget(JSON.stringify({ type: 'ListView', children })).texts).toHaveLength(200);
  });

  it('reads an option by its label, not the value the form submits', () => {
    const widget = {
      type: 'Select',
      name: 'reason',
      options: [{ value: 'duplicate_charge', label: 'Duplicate charge' }],
    };
    expect(readWidget(JSON.stringify(widget)).texts).toEqual(['Duplicate charge']);
  });
});

describe('widgetFields', () => {
  it('numbers each text as readWidget lists it', () => {
    const title = { type: 'Title', value: 'A' };
    const payload = { label: 'no' };
    const button = { type: 'Button', label: 'B', onClickAction: { type: 'x', payload } };
    const text = { type: 'Text', value: 'C' };
    const fields = widgetFields({ type: 'Card', children: [title, button, text] });
    expect([fields.get(title), fields.get(button), fields.get(text)]).toEqual([
      { value: 0 },
      { label: 1 },
      { value: 2 },
    ]);
    expect(fields.get(payload)).toBeUndefined();
  });
});
