import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'threadline_session';
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

// v1: a session without a name; v2: with the display name the agent gave (reviews record it).
const SESSION_VALUE = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
const NAMED_SESSION_VALUE = /^v2\.(\d{1,12})\.([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/;

/**
 * The session MAC key, derived from the access token rather than random per process: sessions
 * survive a restart, and rotating the token ends every session at once.
 */
export function sessionKey(accessToken: string): Buffer {
  return createHmac('sha256', accessToken).update('threadline session key v1').digest();
}

function mac(key: Buffer, signed: string): Buffer {
  return createHmac('sha256', key).update(signed).digest();
}

/**
 * A stateless session: `v1.<expiresAtUnix>.<base64url HMAC-SHA256>`, or with the agent's name
 * `v2.<expiresAtUnix>.<base64url name>.<MAC>`. Nothing secret inside. A name given later keeps
 * the expiry (`expiresAt`), so naming oneself never lengthens a session.
 */
export function issueSession(
  key: Buffer,
  nowMs = Date.now(),
  name?: string,
  expiresAt = Math.floor(nowMs / 1000) + SESSION_LIFETIME_SECONDS,
): string {
  if (name === undefined)
    return `v1.${expiresAt}.${mac(key, `v1.${expiresAt}`).toString('base64url')}`;
  const signed = `v2.${expiresAt}.${Buffer.from(name, 'utf8').toString('base64url')}`;
  return `${signed}.${mac(key, signed).toString('base64url')}`;
}

export interface SessionInfo {
  expiresAt: number;
  /** The display name given in this session, if any. */
  name: string | undefined;
}

/** The session if unexpired and signed with `key` (MAC compared in constant time), else null. */
export function readSession(
  key: Buffer,
  value: string | undefined,
  nowMs = Date.now(),
): SessionInfo | null {
  if (value === undefined) return null;
  const plain = SESSION_VALUE.exec(value);
  const named = plain ? null : NAMED_SESSION_VALUE.exec(value);
  const expires = plain?.[1] ?? named?.[1];
  const given = plain?.[2] ?? named?.[3];
  if (expires === undefined || given === undefined) return null;
  const expiresAt = Number(expires);
  const now = Math.floor(nowMs / 1000);
  // A lifetime longer than we ever issue means a forged or foreign value.
  if (expiresAt <= now || expiresAt > now + SESSION_LIFETIME_SECONDS + 60) return null;
  const signed = value.slice(0, value.length - given.length - 1);
  const givenMac = Buffer.from(given, 'base64url');
  if (givenMac.length !== 32 || !timingSafeEqual(givenMac, mac(key, signed))) return null;
  const name = named?.[2] === undefined ? undefined : Buffer.from(named[2], 'base64url').toString();
  return { expiresAt, name };
}

/** True for an unexpired session signed with `key`. */
export function isValidSession(
  key: Buffer,
  value: string | undefined,
  nowMs = Date.now(),
): boolean {
  return readSession(key, value, nowMs) !== null;
}
