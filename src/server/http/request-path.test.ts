import { describe, expect, it } from 'vitest';
import { routablePath } from './request-path';

const pathOf = (path: string) => routablePath(new Request(`http://localhost${path}`));

describe('routablePath', () => {
  it.each([
    ['/%0a', '/%0A'],
    ['/threads/x%0d', '/threads/x%0D'],
    ['/%E2%80%A8', '/%E2%80%A8'],
    ['/api%0a/threads/x?user=%0a', '/api%0A/threads/x'],
    ['/a%E2%80%A9b', '/a%E2%80%A9b'],
  ])('escapes the line terminators in %s again: %s', (path, expected) => {
    expect(pathOf(path)).toBe(expected);
  });

  it.each([
    ['/threads/cthr_abc', '/threads/cthr_abc'],
    ['/caf%C3%A9', '/café'],
    ['/a%C2%85b', '/a\u0085b'],
    ['/a%09b', '/a\tb'],
    ['/a%2Fb', '/a%2Fb'],
    ['/a%250a', '/a%250a'],
  ])('leaves everything else as Hono decodes it: %s → %j', (path, expected) => {
    expect(pathOf(path)).toBe(expected);
  });
});
