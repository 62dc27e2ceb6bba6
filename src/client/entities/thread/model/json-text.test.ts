import { describe, expect, it } from 'vitest';
import { prettyJson, safeStringify } from './json-text';

describe('prettyJson', () => {
  it('pretty-prints JSON exactly like JSON.stringify for ordinary values', () => {
    const value = {
      order_id: 'A-1023',
      charges: [1, 2],
      nested: { empty: {}, list: [] },
      ok: true,
    };
    expect(prettyJson(JSON.stringify(value))).toEqual({
      pretty: JSON.stringify(value, null, 2),
      isJson: true,
    });
  });

  it('keeps big integers and duplicate keys as sent', () => {
    const { pretty } = prettyJson('{"id":12345678901234567890,"id":2}');
    expect(pretty).toBe('{\n  "id": 12345678901234567890,\n  "id": 2\n}');
  });

  it('does not touch structure characters inside strings', () => {
    const text = '{"s":"a, b: {c} [d] \\" e"}';
    expect(prettyJson(text).pretty).toBe('{\n  "s": "a, b: {c} [d] \\" e"\n}');
  });

  it('handles scalars and empty containers', () => {
    expect(prettyJson('42')).toEqual({ pretty: '42', isJson: true });
    expect(prettyJson(' {} ')).toEqual({ pretty: '{}', isJson: true });
    expect(prettyJson('"text"')).toEqual({ pretty: '"text"', isJson: true });
  });

  it.each(['', '   ', 'not json', '{"unterminated": ', "{'single': 1}"])(
    'returns %j unchanged when it is not JSON',
    (text) => {
      expect(prettyJson(text)).toEqual({ pretty: text, isJson: false });
    },
  );

  it('skips pretty-printing huge payloads', () => {
    const huge = JSON.stringify({ blob: 'x'.repeat(1_100_000) });
    expect(prettyJson(huge)).toEqual({ pretty: huge, isJson: false });
  });
});

describe('safeStringify', () => {
  it('stringifies values with indentation', () => {
    expect(safeStringify({ a: 1 })).toBe('{\n  "a": 1\n}');
  });

  it('never throws', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(safeStringify(cyclic)).toBe('[value cannot be shown as JSON]');
    expect(safeStringify(10n)).toBe('"10"');
    expect(safeStringify(undefined)).toBe('undefined');
  });
});
