import { describe, expect, it } from 'vitest';
import { extractThreadId, extractThreadIds, isThreadId } from './thread-id';

describe('isThreadId', () => {
  it.each(['cthr_a', 'cthr_68e4b1f07a2c4d19', 'cthr_demo-x_1', `cthr_${'a'.repeat(128)}`])(
    'accepts %s',
    (id) => expect(isThreadId(id)).toBe(true),
  );

  it.each([
    '',
    'cthr_',
    'thr_abc',
    'CTHR_abc',
    'cthr_../x',
    'cthr_a/b',
    'cthr_a b',
    'cthr_a\u0000',
    ' cthr_abc',
    `cthr_${'a'.repeat(129)}`,
  ])('refuses %j', (id) => expect(isThreadId(id)).toBe(false));
});

describe('extractThreadId', () => {
  it.each([
    ['  cthr_abc  ', 'cthr_abc'],
    ['"cthr_abc"', 'cthr_abc'],
    ["'cthr_abc',", 'cthr_abc'],
    ['https://threadline.example.com/threads/cthr_abc?x=1#cthi_1', 'cthr_abc'],
    ['https://platform.openai.com/logs/cthr_68e4b1f07a2c4d19', 'cthr_68e4b1f07a2c4d19'],
    ['Customer escalated in cthr_abc-1, see notes', 'cthr_abc-1'],
  ])('finds the ID in %j', (input, threadId) => {
    expect(extractThreadId(input)).toEqual({ ok: true, threadId });
  });

  it('says why nothing was found', () => {
    expect(extractThreadId('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(extractThreadId('thread 12345')).toEqual({ ok: false, reason: 'no_id' });
    expect(extractThreadId(`cthr_${'x'.repeat(200)}`)).toEqual({ ok: false, reason: 'too_long' });
  });
});

describe('extractThreadIds', () => {
  it('finds distinct IDs in order across any separators', () => {
    const text = 'cthr_a, cthr_b\ncthr_c cthr_a;cthr_d\tcthr_b';
    expect(extractThreadIds(text).map((candidate) => candidate.id)).toEqual([
      'cthr_a',
      'cthr_b',
      'cthr_c',
      'cthr_d',
    ]);
  });

  it('finds IDs embedded in a ticket body and in links', () => {
    const ticket = [
      'Customer wrote in twice (see cthr_demo_refund_duplicate and',
      'https://threadline.example.com/threads/cthr_demo_closed_resolved#cthi_1).',
      'Also "cthr_demo_missing".',
    ].join('\n');
    expect(extractThreadIds(ticket)).toEqual([
      { id: 'cthr_demo_refund_duplicate', valid: true },
      { id: 'cthr_demo_closed_resolved', valid: true },
      { id: 'cthr_demo_missing', valid: true },
    ]);
  });

  it('keeps over-long tokens, flagged as invalid', () => {
    const long = `cthr_${'x'.repeat(129)}`;
    expect(extractThreadIds(`cthr_ok ${long}`)).toEqual([
      { id: 'cthr_ok', valid: true },
      { id: long, valid: false },
    ]);
  });

  it('returns nothing for text without IDs', () => {
    expect(extractThreadIds('')).toEqual([]);
    expect(extractThreadIds('thread 12345, cthr_ alone')).toEqual([]);
  });
});
