import { describe, expect, it } from 'vitest';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { parseItemsPage, parseThread, parseThreadsPage } from './upstream-schemas';

const page = (data: unknown[], extra: Record<string, unknown> = {}) => ({
  object: 'list',
  data,
  first_id: null,
  last_id: null,
  has_more: false,
  ...extra,
});

describe('parseThread', () => {
  it('keeps every field, including an inline items page', () => {
    const body = { id: 'cthr_1', title: null, items: { data: [{ type: 'user_message' }] }, x: 1 };
    expect(parseThread(body)).toEqual(body);
  });

  it.each([
    ['a string (non-JSON 200)', '<html>'],
    ['undefined (empty JSON 200)', undefined],
    ['an object without id', { unexpected: true }],
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
    const body = {
      data: [{ id: 'cthi_1', type: 'chatkit.task' }],
      has_more: true,
      last_id: 'cthi_1',
    };
    expect(parseItemsPage(body)).toEqual({
      object: 'list',
      data: body.data,
      first_id: 'cthi_1',
      last_id: 'cthi_1',
      has_more: true,
    });
  });

  it('keeps a missing last_id as null so the viewer can flag a cut-off list', () => {
    const body = { data: [{ id: 'cthi_1', type: 'x' }], has_more: true };
    expect(parseItemsPage(body)).toMatchObject({ last_id: null, has_more: true });
  });

  it('accepts an empty page and items without an id', () => {
    expect(parseItemsPage(page([]))).toMatchObject({ data: [], first_id: null });
    expect(parseItemsPage(page([{ type: 'chatkit.widget' }])).first_id).toBeNull();
  });

  it.each([
    ['no data', { has_more: false }],
    ['data not an array', { data: {}, has_more: false }],
    ['an item without type', page([{ id: 'cthi_1' }])],
    ['an item that is a string', page(['cthi_1'])],
    ['has_more missing', { data: [] }],
    ['a numeric last_id', page([], { last_id: 7 })],
  ])('rejects %s', (_label, body) => {
    expect(() => parseItemsPage(body)).toThrow(UpstreamBadResponseError);
  });
});

describe('parseThreadsPage', () => {
  it('requires an id on every thread', () => {
    expect(parseThreadsPage(page([{ id: 'cthr_1' }])).data).toEqual([{ id: 'cthr_1' }]);
    expect(() => parseThreadsPage(page([{ title: 'x' }]))).toThrow(UpstreamBadResponseError);
  });
});
