import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each(['/', '/threads/cthr_abc', '/threads/cthr_abc?tab=items&x=%2F%2Fevil.com', '/a/../b'])(
    'keeps the same-site path %s',
    (path) => {
      expect(safeNext(path)).toBe(path);
    },
  );

  it.each([
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with path', '//evil.com/threads'],
    ['absolute URL', 'https://evil.com'],
    ['javascript:', 'javascript:alert(1)'],
    ['backslash', '/\\evil.com'],
    ['backslash later', '/threads\\..\\x'],
    ['tab inside the slashes', '/\t/evil.com'],
    ['newline', '/threads\n/x'],
    ['dot segments to a second slash', '/..//evil.com'],
    ['relative', 'threads/cthr_abc'],
    ['empty', ''],
    ['the sign-in page (loop)', '/sign-in?next=/x'],
    ['sign-out', '/sign-out'],
    ['over-long', `/${'a'.repeat(2048)}`],
  ])('falls back to / for %s', (_label, value) => {
    expect(safeNext(value)).toBe('/');
  });

  it('falls back to / for missing or non-string values', () => {
    expect(safeNext(undefined)).toBe('/');
    expect(safeNext(['/threads/x'])).toBe('/');
  });
});
