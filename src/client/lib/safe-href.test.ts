import { describe, expect, it } from 'vitest';
import { safeHref, safeImageSrc } from '@/client/lib/safe-href';

describe('safeHref', () => {
  it.each([
    ['https://help.example.com/refunds', 'https://help.example.com/refunds'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/A', 'https://example.com/A'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
    ['mailto:support@example.com', 'mailto:support@example.com'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
  ])('allows %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'blob:https://example.com/1234',
    '/relative/path',
    '//evil.example.com',
    '#fragment',
    'example.com',
    'not a url',
    '',
    '   ',
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
    `https://example.com/${'a'.repeat(9000)}`,
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, ['https://example.com'], new URL('https://example.com')])(
    'refuses the non-string %j',
    (input) => {
      expect(safeHref(input)).toBeUndefined();
    },
  );
});

describe('safeImageSrc', () => {
  it('allows https images', () => {
    expect(safeImageSrc('https://files.example.com/preview/a.png')).toBe(
      'https://files.example.com/preview/a.png',
    );
  });

  it.each([
    'http://files.example.com/a.png',
    'data:image/png;base64,iVBORw0KGgo=',
    'javascript:alert(1)',
    'mailto:a@example.com',
    '/a.png',
    'blob:https://example.com/1',
  ])('refuses %j', (input) => {
    expect(safeImageSrc(input)).toBeUndefined();
  });
});
