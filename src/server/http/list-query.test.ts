import { describe, expect, it } from 'vitest';
import { ApiProblem } from './api-errors';
import { parseItemsQuery, parseThreadsQuery } from './list-query';

const reader = (params: Record<string, string>) => (name: string) => params[name];

function problem(run: () => unknown): ApiProblem {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiProblem) return err;
  }
  throw new Error('expected an ApiProblem');
}

describe('parseItemsQuery', () => {
  it('keeps valid parameters and drops unknown ones', () => {
    const query = parseItemsQuery(
      reader({ after: 'cthi_01', limit: '100', order: 'asc', user: 'u', api_key: 'x' }),
    );
    expect(query).toEqual({ after: 'cthi_01', limit: 100, order: 'asc' });
  });

  it('returns an empty query when nothing is given', () => {
    expect(parseItemsQuery(reader({}))).toEqual({});
  });

  it.each([
    [{ limit: '0' }, 'limit must be a whole number from 1 to 100.'],
    [{ limit: '101' }, 'limit'],
    [{ limit: '1.5' }, 'limit'],
    [{ limit: '-1' }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ limit: '' }, 'limit'],
    [{ order: 'newest' }, 'order must be asc or desc.'],
    [{ after: '' }, 'after must be an item or thread ID'],
    [{ after: '../x' }, 'after must be'],
    [{ before: 'a b' }, 'before must be'],
    [{ before: 'x'.repeat(129) }, 'before must be'],
  ])('rejects %j as invalid_request', (params, message) => {
    const err = problem(() => parseItemsQuery(reader(params)));
    expect(err.status).toBe(400);
    expect(err.code).toBe('invalid_request');
    expect(err.message).toContain(message);
  });
});

describe('parseThreadsQuery', () => {
  it('adds the user filter', () => {
    expect(parseThreadsQuery(reader({ user: 'cust_1', limit: '5' }))).toEqual({
      user: 'cust_1',
      limit: 5,
    });
  });

  it('accepts a 512-character user and rejects empty or longer ones', () => {
    expect(parseThreadsQuery(reader({ user: 'u'.repeat(512) })).user).toHaveLength(512);
    expect(problem(() => parseThreadsQuery(reader({ user: '' }))).message).toBe(
      'user must be 1–512 characters.',
    );
    expect(problem(() => parseThreadsQuery(reader({ user: 'u'.repeat(513) }))).code).toBe(
      'invalid_request',
    );
  });
});
