import { describe, expect, it } from 'vitest';
import {
  isValidSession,
  issueSession,
  readSession,
  SESSION_LIFETIME_SECONDS,
  sessionKey,
} from './session';
import { tokensMatch } from './token-compare';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const key = sessionKey('tl-test-access-token-0123456789');

describe('session values', () => {
  it('look like v1.<expiresAtUnix>.<base64url MAC> and expire in 12 hours', () => {
    const value = issueSession(key, NOW);
    expect(value).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(Number(value.split('.')[1])).toBe(NOW / 1000 + SESSION_LIFETIME_SECONDS);
  });

  it('are valid until they expire', () => {
    const value = issueSession(key, NOW);
    expect(isValidSession(key, value, NOW)).toBe(true);
    expect(isValidSession(key, value, NOW + (SESSION_LIFETIME_SECONDS - 1) * 1000)).toBe(true);
    expect(isValidSession(key, value, NOW + SESSION_LIFETIME_SECONDS * 1000)).toBe(false);
  });

  it('are refused when the expiry or the MAC was changed', () => {
    const [version, expires, mac] = issueSession(key, NOW).split('.') as [string, string, string];
    const later = `${version}.${Number(expires) + 3600}.${mac}`;
    const flipped = `${version}.${expires}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    expect(isValidSession(key, later, NOW)).toBe(false);
    expect(isValidSession(key, flipped, NOW)).toBe(false);
  });

  it('are refused under a key derived from another token (rotation ends sessions)', () => {
    const value = issueSession(sessionKey('tl-other-access-token-abcdefghij'), NOW);
    expect(isValidSession(key, value, NOW)).toBe(false);
  });

  it.each([
    undefined,
    '',
    'v1',
    'v2.1795000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    'v1.abc.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    'v1.1795000000.short',
    `v1.1795000000.${'A'.repeat(43)}.extra`,
  ])('refuses the malformed value %j', (value) => {
    expect(isValidSession(key, value, NOW)).toBe(false);
  });

  it('refuses a lifetime longer than ever issued, even with a valid MAC', () => {
    const future = issueSession(key, NOW + 2 * SESSION_LIFETIME_SECONDS * 1000);
    expect(isValidSession(key, future, NOW)).toBe(false);
  });
});

describe('tokensMatch', () => {
  it('matches only the exact token, whatever the lengths', () => {
    expect(tokensMatch('tl-test-access-token', 'tl-test-access-token')).toBe(true);
    expect(tokensMatch('tl-test-access-toke', 'tl-test-access-token')).toBe(false);
    expect(tokensMatch('', 'tl-test-access-token')).toBe(false);
    expect(tokensMatch('x'.repeat(10_000), 'tl-test-access-token')).toBe(false);
  });
});

describe('named sessions', () => {
  it('carry the name the agent gave, keeping the expiry', () => {
    const plain = issueSession(key, NOW);
    const expiresAt = Number(plain.split('.')[1]);
    const named = issueSession(key, NOW + 60_000, 'Ana Lima', expiresAt);
    expect(named).toMatch(/^v2\.\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(readSession(key, named, NOW + 60_000)).toEqual({ expiresAt, name: 'Ana Lima' });
  });

  it('refuse a name changed after signing', () => {
    const [version, expires, , mac] = issueSession(key, NOW, 'Ana').split('.');
    const forged = `${version}.${expires}.${Buffer.from('Boss').toString('base64url')}.${mac}`;
    expect(readSession(key, forged, NOW)).toBeNull();
  });
});
