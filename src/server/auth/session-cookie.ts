import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { isHttps } from './request-origin';
import {
  issueSession,
  readSession,
  SESSION_COOKIE,
  SESSION_LIFETIME_SECONDS,
  type SessionInfo,
} from './session';

/** HttpOnly: page scripts never see it. SameSite=Strict: no other site's request carries it. */
export function cookieAttributes(c: Context): CookieOptions {
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c) };
}

export function hasValidSession(c: Context, key: Buffer): boolean {
  return currentSession(c, key) !== null;
}

export function currentSession(c: Context, key: Buffer): SessionInfo | null {
  return readSession(key, getCookie(c, SESSION_COOKIE));
}

/** A new session; `name` carries over the display name the agent gave before, if any. */
export function startSession(c: Context, key: Buffer, name?: string): void {
  setCookie(c, SESSION_COOKIE, issueSession(key, Date.now(), name), {
    ...cookieAttributes(c),
    maxAge: SESSION_LIFETIME_SECONDS,
  });
}

/** The same session (same expiry) with the agent's display name in it. */
export function nameSession(c: Context, key: Buffer, session: SessionInfo, name: string): void {
  const now = Date.now();
  setCookie(c, SESSION_COOKIE, issueSession(key, now, name, session.expiresAt), {
    ...cookieAttributes(c),
    maxAge: Math.max(1, session.expiresAt - Math.floor(now / 1000)),
  });
}

/**
 * Clears the cookie in this browser. The session is stateless, so a copy taken elsewhere stays
 * valid until it expires or the access token is rotated.
 */
export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, cookieAttributes(c));
}
