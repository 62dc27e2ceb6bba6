import { describe, expect, it } from 'vitest';
import { extractThreadId, isThreadId } from './thread-id';

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
