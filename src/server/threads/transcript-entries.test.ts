import { describe, expect, it } from 'vitest';
import type { ThreadItem, TranscriptEntry } from '@/shared/api-contract';
import { toTranscriptEntry } from './transcript-entries';

function knownItem(entry: TranscriptEntry): ThreadItem {
  if (entry.kind !== 'item') throw new Error(`expected a known item, got ${entry.type}`);
  return entry.item;
}

function itemOfType<T extends ThreadItem['type']>(raw: unknown, type: T) {
  const item = knownItem(toTranscriptEntry(raw));
  expect(item.type).toBe(type);
  return item as Extract<ThreadItem, { type: T }>;
}

function omissionsOf(entry: TranscriptEntry): string[] | undefined {
  return entry.kind === 'item' ? entry.omitted : undefined;
}

const base = { object: 'chatkit.thread_item', thread_id: 'cthr_1', created_at: 1760531245 };

/** One of each kind, exactly as the SDK types them (the API reference's list example). */
const sdkItems = [
  {
    ...base,
    id: 'cthi_01',
    type: 'chatkit.user_message',
    content: [
      { type: 'quoted_text', text: 'Your card was charged.' },
      { type: 'input_text', text: 'Refund one?' },
    ],
    attachments: [
      { id: 'f1', type: 'image', name: 'a.png', mime_type: 'image/png', preview_url: null },
    ],
    inference_options: { model: null, tool_choice: { id: 'lookup' } },
  },
  {
    ...base,
    id: 'cthi_02',
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
  { ...base, id: 'cthi_03', type: 'chatkit.widget', widget: '{"type":"Card"}' },
  {
    ...base,
    id: 'cthi_04',
    type: 'chatkit.client_tool_call',
    call_id: 'c',
    name: 'lookup',
    arguments: '{}',
    output: null,
    status: 'in_progress',
  },
  {
    ...base,
    id: 'cthi_05',
    type: 'chatkit.task',
    task_type: 'thought',
    heading: 'H',
    summary: null,
  },
  {
    ...base,
    id: 'cthi_06',
    type: 'chatkit.task_group',
    tasks: [{ type: 'custom', heading: null, summary: 'S' }],
  },
] as const;

describe('toTranscriptEntry: items in the SDK shape', () => {
  it.each(sdkItems.map((item) => [item.type, item] as const))(
    'serves a %s exactly as sent, without a raw copy',
    (_type, raw) => {
      expect(toTranscriptEntry(raw)).toStrictEqual({ kind: 'item', item: raw });
    },
  );

  it('keeps fields the SDK does not know, at every level', () => {
    const raw = {
      ...sdkItems[0],
      metadata: { channel: 'ios' },
      content: [{ type: 'input_text', text: 'hi', lang: 'en' }],
    };
    expect(toTranscriptEntry(raw)).toStrictEqual({ kind: 'item', item: raw });
  });

  // Without `type` an item has no kind at all: that case is an unknown entry, below.
  const requiredKeys = sdkItems.flatMap((item) =>
    Object.keys(item)
      .filter((key) => key !== 'type')
      .map((key) => [item.type, key, item] as const),
  );

  it.each(requiredKeys)(
    'repairs a %s without %s and serves the original beside it',
    (_type, key, item) => {
      const raw = Object.fromEntries(Object.entries(item).filter(([name]) => name !== key));
      const entry = toTranscriptEntry(raw);
      expect(entry).toMatchObject({ kind: 'item', raw });
      expect(knownItem(entry).type).toBe(item.type);
    },
  );
  const [user, assistant, , toolCall, task, group] = sdkItems;
  it.each([
    ['an attachment without preview_url', { ...user, attachments: [{ id: 'f', type: 'file' }] }],
    [
      'an attachment of an unknown type',
      { ...user, attachments: [{ ...user.attachments[0], type: 'audio' }] },
    ],
    ['a content part of an unknown type', { ...user, content: [{ type: 'input_tag', text: 'x' }] }],
    ['inference options without a model', { ...user, inference_options: { tool_choice: null } }],
    ['text without annotations', { ...assistant, content: [{ type: 'output_text', text: 'a' }] }],
    [
      'an annotation without a source',
      { ...assistant, content: [{ ...assistant.content[0], annotations: [{ type: 'url' }] }] },
    ],
    ['a tool status outside the enum', { ...toolCall, status: 'pending' }],
    ['a task type outside the enum', { ...task, task_type: 'web_search' }],
    ['a grouped task without heading', { ...group, tasks: [{ type: 'custom', summary: null }] }],
    ['a negative created_at', { ...task, created_at: -1 }],
  ])('repairs %s, serving the original beside it', (_label, raw) => {
    expect(toTranscriptEntry(raw)).toMatchObject({ kind: 'item', raw });
  });
});

describe('toTranscriptEntry: repairs', () => {
  it('accepts unprefixed types from the API reference examples', () => {
    const raw = { id: 'x', type: 'user_message', content: [{ type: 'input_text', text: 'hi' }] };
    expect(toTranscriptEntry(raw)).toStrictEqual({
      kind: 'item',
      item: {
        id: 'x',
        object: 'chatkit.thread_item',
        type: 'chatkit.user_message',
        thread_id: '',
        created_at: 0,
        content: [{ type: 'input_text', text: 'hi' }],
        attachments: [],
        inference_options: null,
      },
      raw,
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

  it.each([undefined, '', 42])('serves id %j as an empty id', (id) => {
    expect(knownItem(toTranscriptEntry({ id, type: 'chatkit.task' })).id).toBe('');
  });

  it.each([
    [undefined, 0],
    ['not a time', 0],
    [-1, 0],
    [Number.NaN, 0],
    ['1760531245', 1760531245],
    ['2025-10-15T12:27:25Z', 1760531245],
  ])('reads created_at %j as %j', (createdAt, expected) => {
    const item = knownItem(toTranscriptEntry({ type: 'task', created_at: createdAt }));
    expect(item.created_at).toBe(expected);
  });

  it('coerces user content parts and names what it leaves out', () => {
    const entry = toTranscriptEntry({
      type: 'chatkit.user_message',
      content: [
        { type: 'input_tag', id: 't', text: '@Billing', data: {} },
        { type: 'input_text', text: 42 },
        { type: 'quoted_text', text: 'quote' },
        null,
        'bare string',
      ],
    });
    expect(knownItem(entry)).toMatchObject({
      content: [
        { type: 'input_text', text: '@Billing' },
        { type: 'quoted_text', text: 'quote' },
        { type: 'input_text', text: 'bare string' },
      ],
    });
    expect(omissionsOf(entry)).toEqual(['content part (input_text)', 'content part (null)']);
  });

  it('leaves `omitted` out when nothing was left out', () => {
    const entry = toTranscriptEntry({ type: 'user_message', content: 'hi' });
    expect(entry).not.toHaveProperty('omitted');
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

  it('keeps valid annotations, maps self-hosted ones and names the rest', () => {
    const entry = toTranscriptEntry({
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
    });
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
    expect(omissionsOf(entry)).toEqual([
      'source (entity)',
      'source (url)',
      'content part (output_text)',
    ]);
  });

  it('fills attachments with safe defaults and keeps unknown kinds as sent', () => {
    const entry = toTranscriptEntry({
      type: 'user_message',
      attachments: [{ type: 'audio', preview_url: 7 }, null, { id: 'f', name: 'a.pdf' }],
    });
    const item = knownItem(entry);
    expect(item.type === 'chatkit.user_message' && item.attachments).toEqual([
      { id: '', type: 'audio', name: '', mime_type: '', preview_url: null },
      { id: 'f', type: 'file', name: 'a.pdf', mime_type: '', preview_url: null },
    ]);
    expect(omissionsOf(entry)).toEqual(['attachment (null)']);
  });

  it('reads inference options partly given', () => {
    const item = itemOfType(
      { type: 'user_message', inference_options: { model: 'gpt-4.1', tool_choice: { id: 5 } } },
      'chatkit.user_message',
    );
    expect(item.inference_options).toEqual({ model: 'gpt-4.1', tool_choice: null });
  });

  it('translates tool calls from the self-hosted protocol', () => {
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
    const done = itemOfType(
      { type: 'client_tool_call', output: { ok: true } },
      'chatkit.client_tool_call',
    );
    expect(done).toMatchObject({ output: '{\n  "ok": true\n}', status: 'completed' });
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

  it('fills tasks and keeps an unknown task type as sent', () => {
    expect(itemOfType({ type: 'task', heading: 5 }, 'chatkit.task')).toMatchObject({
      task_type: 'custom',
      heading: null,
      summary: null,
    });
    expect(itemOfType({ type: 'task', task_type: 'web_search' }, 'chatkit.task').task_type).toBe(
      'web_search',
    );
  });

  it('fills task groups, reading a misplaced task_type and naming dropped tasks', () => {
    const entry = toTranscriptEntry({
      type: 'task_group',
      tasks: [{ task_type: 'thought' }, 3, { type: 'custom', heading: 'h' }],
    });
    const group = knownItem(entry);
    expect(group.type === 'chatkit.task_group' && group.tasks).toEqual([
      { type: 'thought', heading: null, summary: null },
      { type: 'custom', heading: 'h', summary: null },
    ]);
    expect(omissionsOf(entry)).toEqual(['task (number)']);
    expect(itemOfType({ type: 'task_group', tasks: 'x' }, 'chatkit.task_group').tasks).toEqual([]);
  });

  it('serialises object widgets and defaults a missing one', () => {
    expect(itemOfType({ type: 'widget', widget: { type: 'Card' } }, 'chatkit.widget').widget).toBe(
      '{\n  "type": "Card"\n}',
    );
    expect(itemOfType({ type: 'widget' }, 'chatkit.widget').widget).toBe('');
  });

  it('serves the original JSON beside a repaired item, extra fields included', () => {
    const raw = { id: 'a', type: 'task', extra: true };
    const entry = toTranscriptEntry(raw);
    expect(entry).toMatchObject({ kind: 'item', item: { type: 'chatkit.task' }, raw });
    expect(knownItem(entry)).not.toHaveProperty('extra');
  });
});

describe('toTranscriptEntry: unknown items', () => {
  it.each([
    [
      { id: 'g', type: 'chatkit.generated_image', created_at: 5 },
      'chatkit.generated_image',
      'g',
      5,
    ],
    [{ type: 'end_of_turn', created_at: '2025-10-15T12:27:25Z' }, 'end_of_turn', null, 1760531245],
    [{ type: 'chatkit.' }, 'chatkit.', null, null],
    [{ type: 'thread_item.user_message' }, 'thread_item.user_message', null, null],
    [{ id: 'n' }, 'without a type', 'n', null],
    [{ id: '', type: '' }, 'without a type', null, null],
    [{ type: 7 }, 'without a type', null, null],
    [null, 'null', null, null],
    ['user_message', 'string', null, null],
    [[1, 2], 'array', null, null],
    [42, 'number', null, null],
  ])('serves %j as an unknown entry with its raw JSON', (raw, type, id, createdAt) => {
    expect(toTranscriptEntry(raw)).toStrictEqual({
      kind: 'unknown',
      id,
      type,
      created_at: createdAt,
      raw,
    });
  });

  it('never throws, even for objects with throwing getters', () => {
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    expect(toTranscriptEntry(hostile)).toMatchObject({ kind: 'unknown', type: 'unreadable' });
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
    expect(toTranscriptEntry(proxy)).toMatchObject({ kind: 'unknown' });
  });
});
