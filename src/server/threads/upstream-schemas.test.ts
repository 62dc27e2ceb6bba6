import { describe, expect, it } from 'vitest';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { PAGE_ROWS_MAX, parseItemsPage, parseThread, parseThreadsPage } from './upstream-schemas';

const page = (data: unknown[], extra: Record<string, unknown> = {}) => ({
  object: 'list',
  data,
  first_id: null,
  last_id: null,
  has_more: false,
  ...extra,
});

const sdkThread = {
  id: 'cthr_1',
  object: 'chatkit.thread',
  created_at: 1760531245,
  title: 'Refund for duplicate charge',
  status: { type: 'locked', reason: 'Escalated to billing' },
  user: 'cust_41822',
};

const task = {
  id: 'cthi_1',
  object: 'chatkit.thread_item',
  type: 'chatkit.task',
  thread_id: 'cthr_1',
  created_at: 1,
  task_type: 'thought',
  heading: null,
  summary: null,
};

describe('parseThread', () => {
  it('serves the SDK thread as a summary, with the body as received beside it', () => {
    expect(parseThread(sdkThread)).toStrictEqual({
      thread: {
        id: 'cthr_1',
        title: 'Refund for duplicate charge',
        created_at: 1760531245,
        status: { type: 'locked', reason: 'Escalated to billing' },
        user: 'cust_41822',
      },
      inline_items: null,
      raw: sdkThread,
    });
  });

  it('reads the doc-example shape: no created_at, status or user, and inline items', () => {
    const body = {
      id: 'cthr_1',
      object: 'chatkit.thread',
      title: 'Demo feedback',
      items: { data: [{ id: 'cthi_1', type: 'user_message', content: 'hi' }, 'junk'] },
    };
    const detail = parseThread(body);
    expect(detail.thread).toStrictEqual({
      id: 'cthr_1',
      title: 'Demo feedback',
      created_at: null,
      status: { type: 'unknown', sent_type: null, reason: null },
      user: null,
    });
    expect(detail.inline_items).toMatchObject([
      { kind: 'item', item: { id: 'cthi_1', type: 'chatkit.user_message' } },
      { kind: 'unknown', type: 'string', raw: 'junk' },
    ]);
    expect(detail.raw).toBe(body);
  });

  it.each([
    ['no items', undefined],
    ['items without data', { has_more: false }],
    ['items whose data is not an array', { data: { 0: {} } }],
    ['items that are an array', [{ type: 'task' }]],
    ['more items than any page holds', { data: Array<unknown>(PAGE_ROWS_MAX + 1).fill(task) }],
  ])('serves inline_items null for %s', (_label, items) => {
    expect(parseThread({ ...sdkThread, items }).inline_items).toBeNull();
  });

  it.each([
    [{ type: 'active', reason: 'ignored' }, { type: 'active' }],
    [{ type: 'closed' }, { type: 'closed', reason: null }],
    [
      { type: 'locked', reason: '  ' },
      { type: 'locked', reason: null },
    ],
    [
      { type: 'locked', reason: 5 },
      { type: 'locked', reason: null },
    ],
    [
      { type: 'archived', reason: 'Moved' },
      { type: 'unknown', sent_type: 'archived', reason: 'Moved' },
    ],
    [{ type: 'Locked' }, { type: 'unknown', sent_type: 'Locked', reason: null }],
    [{ reason: 'why' }, { type: 'unknown', sent_type: null, reason: 'why' }],
    ['locked', { type: 'unknown', sent_type: null, reason: null }],
    [null, { type: 'unknown', sent_type: null, reason: null }],
  ])('serves status %j as %j', (status, expected) => {
    expect(parseThread({ ...sdkThread, status }).thread.status).toStrictEqual(expected);
  });

  it.each([
    [
      { title: null, user: '' },
      { title: null, user: null },
    ],
    [
      { title: ' \n', user: 42 },
      { title: null, user: null },
    ],
    [
      { title: ['x'], user: null },
      { title: null, user: null },
    ],
    [
      { title: ' Hi ', user: ' u ' },
      { title: ' Hi ', user: ' u ' },
    ],
  ])('serves title and user %j as %j', (fields, expected) => {
    expect(parseThread({ ...sdkThread, ...fields }).thread).toMatchObject(expected);
  });

  it.each([
    [0, null],
    [-5, null],
    ['soon', null],
    ['1760531245', 1760531245],
    ['2025-10-15T12:27:25Z', 1760531245],
  ])('serves created_at %j as %j', (createdAt, expected) => {
    expect(parseThread({ ...sdkThread, created_at: createdAt }).thread.created_at).toBe(expected);
  });

  it.each([
    ['a string (non-JSON 200)', '<html>'],
    ['undefined (empty JSON 200)', undefined],
    ['an object without id', { unexpected: true }],
    ['an empty id', { id: '' }],
    ['a numeric id', { id: 42 }],
    ['an array', [{ id: 'cthr_1' }]],
  ])('rejects %s', (_label, body) => {
    expect(() => parseThread(body)).toThrow(UpstreamBadResponseError);
  });

  it('never puts the offending value into the error', () => {
    expect(() => parseThread({ id: { secret: 'customer words' } })).toThrow(/at id$/);
  });
});

describe('parseItemsPage', () => {
  it('builds the envelope, taking first_id from the data when the API omits it', () => {
    expect(parseItemsPage({ data: [task], has_more: true, last_id: 'cthi_1' })).toStrictEqual({
      object: 'list',
      data: [{ kind: 'item', item: task }],
      first_id: 'cthi_1',
      last_id: 'cthi_1',
      has_more: true,
    });
  });

  it('keeps a missing last_id as null so the viewer can flag a cut-off list', () => {
    const body = { data: [task], has_more: true };
    expect(parseItemsPage(body)).toMatchObject({ last_id: null, has_more: true });
  });

  it('accepts an empty page and items without an id', () => {
    expect(parseItemsPage(page([]))).toMatchObject({ data: [], first_id: null });
    expect(parseItemsPage(page([{ type: 'chatkit.widget' }])).first_id).toBeNull();
  });

  it('serves every element, bad ones as entries of their own, in order', () => {
    const body = page([{ id: 'cthi_0' }, task, 'cthi_2', { type: 'chatkit.generated_image' }]);
    expect(parseItemsPage(body).data.map((entry) => entry.kind)).toEqual([
      'unknown',
      'item',
      'unknown',
      'unknown',
    ]);
  });

  it.each([
    ['no data', { has_more: false }],
    ['data not an array', { data: {}, has_more: false }],
    ['data null', { data: null, has_more: false }],
    ['has_more missing', { data: [] }],
    ['a numeric last_id', page([], { last_id: 7 })],
    ['a string (non-JSON 200)', '<html>'],
  ])('rejects %s', (_label, body) => {
    expect(() => parseItemsPage(body)).toThrow(UpstreamBadResponseError);
  });

  it('rejects a page longer than any request of ours asks for, before reading its rows', () => {
    const rows = (count: number) => page(Array<unknown>(count).fill({ type: 'chatkit.task' }));
    expect(parseItemsPage(rows(PAGE_ROWS_MAX)).data).toHaveLength(PAGE_ROWS_MAX);
    expect(() => parseItemsPage(rows(PAGE_ROWS_MAX + 1))).toThrow(/items page .* at data$/);
    expect(() => parseThreadsPage(rows(PAGE_ROWS_MAX + 1))).toThrow(/threads page .* at data$/);
  });
});

describe('parseThreadsPage', () => {
  it('serves each thread as a summary', () => {
    const body = page([sdkThread, { id: 'cthr_2', title: 'x' }], { first_id: 'cthr_1' });
    expect(parseThreadsPage(body)).toStrictEqual({
      object: 'list',
      data: [
        parseThread(sdkThread).thread,
        {
          id: 'cthr_2',
          title: 'x',
          created_at: null,
          status: { type: 'unknown', sent_type: null, reason: null },
          user: null,
        },
      ],
      first_id: 'cthr_1',
      last_id: null,
      has_more: false,
    });
  });

  it('requires an id on every thread, since a row that cannot be opened is useless', () => {
    expect(() => parseThreadsPage(page([{ title: 'x' }]))).toThrow(/at data\.0\.id$/);
  });
});
