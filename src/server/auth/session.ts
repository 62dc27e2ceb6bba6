import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'threadline_session';
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

const VERSION = 'v1';
const SESSION_VALUE = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/**
 * The session MAC key, derived from the access token rather than random per process: sessions
 * survive a restart, and rotating the token ends every session at once.
 */
export function sessionKey(accessToken: string): Buffer {
  return createHmac('sha256', accessToken).update('threadline session key v1').digest();
}

function mac(key: Buffer, expiresAt: number): Buffer {
  return createHmac('sha256', key).update(`${VERSION}.${expiresAt}`).digest();
}

/** A stateless session: `v1.<expiresAtUnix>.<base64url HMAC-SHA256>`. Nothing secret inside. */
export function issueSession(key: Buffer, nowMs = Date.now()): string {
  const expiresAt = Math.floor(nowMs / 1000) + SESSION_LIFETIME_SECONDS;
  return `${VERSION}.${expiresAt}.${mac(key, expiresAt).toString('base64url')}`;
}

/** True for an unexpired session signed with `key`; the MAC is compared in constant time. */
export function isValidSession(
  key: Buffer,
  value: string | undefined,
  nowMs = Date.now(),
): boolean {
  const match = value === undefined ? null : SESSION_VALUE.exec(value);
  if (!match?.[1] || !match[2]) return false;
  const expiresAt = Number(match[1]);
  const now = Math.floor(nowMs / 1000);
  // A lifetime longer than we ever issue means a forged or foreign value.
  if (expiresAt <= now || expiresAt > now + SESSION_LIFETIME_SECONDS + 60) return false;
  const given = Buffer.from(match[2], 'base64url');
  return given.length === 32 && timingSafeEqual(given, mac(key, expiresAt));
}
