import { describe, expect, it } from 'vitest';
import type { ThreadItem } from '@/shared/api-contract';
import { normalizeItem, rawJsonOf, type TranscriptItem } from './normalize-item';

function knownItem(entry: TranscriptItem): ThreadItem {
  if (entry.kind !== 'item') throw new Error(`expected a known item, got ${entry.unknown.type}`);
  return entry.item;
}

function itemOfType<T extends ThreadItem['type']>(raw: unknown, type: T) {
  const item = knownItem(normalizeItem(raw, 0));
  expect(item.type).toBe(type);
  return item as Extract<ThreadItem, { type: T }>;
}

describe('normalizeItem: well-formed items', () => {
  it('passes a typed user message through unchanged', () => {
    const raw = {
      id: 'cthi_01',
      object: 'chatkit.thread_item',
      type: 'chatkit.user_message',
      thread_id: 'cthr_1',
      created_at: 1760531245,
      content: [
        { type: 'quoted_text', text: 'Your card was charged.' },
        { type: 'input_text', text: 'Refund one?' },
      ],
      attachments: [
        { id: 'f1', type: 'image', name: 'a.png', mime_type: 'image/png', preview_url: null },
      ],
      inference_options: { model: null, tool_choice: null },
    };
    expect(normalizeItem(raw, 7)).toEqual({
      kind: 'item',
      key: 'cthi_01',
      item: raw,
      omitted: [],
      raw,
    });
  });

  it('passes typed items of every other kind through unchanged', () => {
    const base = { object: 'chatkit.thread_item', thread_id: 'cthr_1', created_at: 1 };
    const items = [
      {
        ...base,
        id: 'a',
        type: 'chatkit.assistant_message',
        content: [
          {
            type: 'output_text',
            text: 'Hi',
            annotations: [
              { type: 'url', source: { type: 'url', url: 'https://x.example' } },
              { type: 'file', source: { type: 'file', filename: 'p.pdf' } },
            ],
          },
        ],
      },
      { ...base, id: 'w', type: 'chatkit.widget', widget: '{"type":"Card"}' },
      {
        ...base,
        id: 't',
        type: 'chatkit.client_tool_call',
        call_id: 'c',
        name: 'lookup',
        arguments: '{}',
        output: null,
        status: 'in_progress',
      },
      { ...base, id: 'k', type: 'chatkit.task', task_type: 'thought', heading: 'H', summary: null },
      {
        ...base,
        id: 'g',
        type: 'chatkit.task_group',
        tasks: [{ type: 'custom', heading: null, summary: 'S' }],
      },
    ];
    for (const raw of items) expect(knownItem(normalizeItem(raw, 0))).toEqual(raw);
  });
});

describe('normalizeItem: tolerance', () => {
  it('accepts unprefixed types from the API reference examples', () => {
    const item = itemOfType(
      { id: 'x', type: 'user_message', content: [{ type: 'input_text', text: 'hi' }] },
      'chatkit.user_message',
    );
    expect(item).toEqual({
      id: 'x',
      object: 'chatkit.thread_item',
      type: 'chatkit.user_message',
      thread_id: '',
      created_at: 0,
      content: [{ type: 'input_text', text: 'hi' }],
      attachments: [],
      inference_options: null,
    });
  });

  it('fills an assistant message without content or annotations', () => {
    expect(itemOfType({ type: 'assistant_message' }, 'chatkit.assistant_message').content).toEqual(
      [],
    );
    const item = itemOfType(
      { type: 'assistant_message', content: [{ type: 'output_text', text: 'a' }] },
      'chatkit.assistant_message',
    );
    expect(item.content).toEqual([{ type: 'output_text', text: 'a', annotations: [] }]);
  });

  it('keys items without an id by index', () => {
    expect(normalizeItem({ type: 'chatkit.task' }, 3).key).toBe('index-3');
    expect(normalizeItem({ id: '', type: 'chatkit.task' }, 4).key).toBe('index-4');
    expect(normalizeItem({ id: 42, type: 'chatkit.task' }, 5).key).toBe('index-5');
  });

  it.each([
    [undefined, 0],
    ['not a time', 0],
    [-1, 0],
    [Number.NaN, 0],
    ['1760531245', 1760531245],
    ['2025-10-15T12:27:25Z', 1760531245],
  ])('reads created_at %j as %j', (createdAt, expected) => {
    expect(knownItem(normalizeItem({ type: 'task', created_at: createdAt }, 0)).created_at).toBe(
      expected,
    );
  });

  it('coerces user content parts and reports what it leaves out', () => {
    const entry = normalizeItem(
      {
        type: 'chatkit.user_message',
        content: [
          { type: 'input_tag', id: 't', text: '@Billing', data: {} },
          { type: 'input_text', text: 42 },
          { type: 'quoted_text', text: 'quote' },
          null,
          'bare string',
        ],
      },
      0,
    );
    expect(entry.kind === 'item' && entry.item).toMatchObject({
      content: [
        { type: 'input_text', text: '@Billing' },
        { type: 'quoted_text', text: 'quote' },
        { type: 'input_text', text: 'bare string' },
      ],
    });
    expect(entry.kind === 'item' && entry.omitted).toEqual([
      'content part (input_text)',
      'content part (null)',
    ]);
  });

  it('reads the self-hosted shape: string content and a quoted_text field', () => {
    const item = itemOfType(
      { type: 'user_message', content: 'hello', quoted_text: 'earlier' },
      'chatkit.user_message',
    );
    expect(item.content).toEqual([
      { type: 'quoted_text', text: 'earlier' },
      { type: 'input_text', text: 'hello' },
    ]);
  });

  it('keeps valid annotations, maps self-hosted ones and reports the rest', () => {
    const entry = normalizeItem(
      {
        type: 'assistant_message',
        content: [
          {
            type: 'output_text',
            text: 't',
            annotations: [
              { type: 'url', source: { type: 'url', url: 'https://a.example' } },
              { type: 'annotation', source: { type: 'file', filename: 'f.pdf', title: 'F' } },
              { type: 'entity', source: { type: 'entity', id: 'e' } },
              { type: 'url', source: { type: 'url', url: 5 } },
            ],
          },
          { type: 'output_text' },
        ],
      },
      0,
    );
    const item = knownItem(entry);
    expect(item.type === 'chatkit.assistant_message' && item.content).toEqual([
      {
        type: 'output_text',
        text: 't',
        annotations: [
          { type: 'url', source: { type: 'url', url: 'https://a.example' } },
          { type: 'file', source: { type: 'file', filename: 'f.pdf' } },
        ],
      },
    ]);
    expect(entry.kind === 'item' && entry.omitted).toEqual([
      'source (entity)',
      'source (url)',
      'content part (output_text)',
    ]);
  });

  it('fills attachments with safe defaults and keeps unknown kinds for display', () => {
    const item = itemOfType(
      {
        type: 'user_message',
        attachments: [{ type: 'audio', preview_url: 7 }, 'junk', { id: 'f', name: 'a.pdf' }],
      },
      'chatkit.user_message',
    );
    expect(item.attachments).toEqual([
      { id: '', type: 'audio', name: '', mime_type: '', preview_url: null },
      { id: 'f', type: 'file', name: 'a.pdf', mime_type: '', preview_url: null },
    ]);
  });

  it('normalises tool calls from the self-hosted protocol', () => {
    const item = itemOfType(
      { type: 'client_tool_call', name: 'lookup', status: 'pending', arguments: { id: 1 } },
      'chatkit.client_tool_call',
    );
    expect(item).toMatchObject({
      name: 'lookup',
      call_id: '',
      arguments: '{\n  "id": 1\n}',
      output: null,
      status: 'in_progress',
    });
  });

  it('infers a missing tool status and keeps an unknown one', () => {
    const done = itemOfType({ type: 'client_tool_call', output: '{}' }, 'chatkit.client_tool_call');
    expect(done.status).toBe('completed');
    const odd = itemOfType(
      { type: 'client_tool_call', status: 'cancelled' },
      'chatkit.client_tool_call',
    );
    expect(odd.status).toBe('cancelled');
    expect(odd.arguments).toBe('');
  });

  it('fills tasks and task groups', () => {
    expect(itemOfType({ type: 'task', heading: 5 }, 'chatkit.task')).toMatchObject({
      task_type: 'custom',
      heading: null,
      summary: null,
    });
    const entry = normalizeItem(
      {
        type: 'task_group',
        tasks: [{ task_type: 'thought' }, 3, { type: 'custom', heading: 'h' }],
      },
      0,
    );
    const group = knownItem(entry);
    expect(group.type === 'chatkit.task_group' && group.tasks).toEqual([
      { type: 'thought', heading: null, summary: null },
      { type: 'custom', heading: 'h', summary: null },
    ]);
    expect(entry.kind === 'item' && entry.omitted).toEqual(['task (number)']);
    expect(itemOfType({ type: 'task_group', tasks: 'x' }, 'chatkit.task_group').tasks).toEqual([]);
  });

  it('serialises object widgets and defaults a missing one', () => {
    expect(itemOfType({ type: 'widget', widget: { type: 'Card' } }, 'chatkit.widget').widget).toBe(
      '{\n  "type": "Card"\n}',
    );
    expect(itemOfType({ type: 'widget' }, 'chatkit.widget').widget).toBe('');
  });
});

describe('normalizeItem: unknown items', () => {
  it.each([
    [
      { id: 'g', type: 'chatkit.generated_image', created_at: 5 },
      'chatkit.generated_image',
      'g',
      5,
    ],
    [{ type: 'end_of_turn' }, 'end_of_turn', 'index-2', undefined],
    [{ type: 'chatkit.' }, 'chatkit.', 'index-2', undefined],
    [{ type: 'thread_item.user_message' }, 'thread_item.user_message', 'index-2', undefined],
    [{ id: 'n' }, 'missing', 'n', undefined],
    [null, 'null', 'index-2', undefined],
    ['user_message', 'string', 'index-2', undefined],
    [[1, 2], 'array', 'index-2', undefined],
    [42, 'number', 'index-2', undefined],
  ])('turns %j into an unknown row', (raw, type, key, createdAt) => {
    const entry = normalizeItem(raw, 2);
    expect(entry).toEqual({
      kind: 'unknown',
      key,
      unknown: createdAt === undefined ? { type, raw } : { type, raw, createdAt },
    });
  });

  it('never throws, even for objects with throwing getters', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(normalizeItem(hostile, 1)).toMatchObject({ kind: 'unknown', key: 'index-1' });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(() => normalizeItem(proxy, 0)).not.toThrow();
  });

  it('works directly with Array.prototype.map', () => {
    const entries = [{ type: 'task' }, { type: 'task' }].map(normalizeItem);
    expect(entries.map((entry) => entry.key)).toEqual(['index-0', 'index-1']);
  });
});

describe('rawJsonOf', () => {
  it('shows the item exactly as received, not the normalised copy', () => {
    const raw = rawJsonOf(normalizeItem({ id: 'a', type: 'task', extra: true }, 0));
    expect(raw).toContain('"type": "task"');
    expect(raw).toContain('"extra": true');
    expect(raw).not.toContain('chatkit.task');
    expect(rawJsonOf(normalizeItem({ type: 'mystery', x: 1 }, 0))).toContain('"x": 1');
  });
});
