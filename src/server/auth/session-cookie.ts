import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { isHttps } from './request-origin';
import { isValidSession, issueSession, SESSION_COOKIE, SESSION_LIFETIME_SECONDS } from './session';

/** HttpOnly: page scripts never see it. SameSite=Strict: no other site's request carries it. */
function attributes(c: Context): CookieOptions {
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c) };
}

export function hasValidSession(c: Context, key: Buffer): boolean {
  return isValidSession(key, getCookie(c, SESSION_COOKIE));
}

export function startSession(c: Context, key: Buffer): void {
  setCookie(c, SESSION_COOKIE, issueSession(key), {
    ...attributes(c),
    maxAge: SESSION_LIFETIME_SECONDS,
  });
}

/**
 * Clears the cookie in this browser. The session is stateless, so a copy taken elsewhere stays
 * valid until it expires or the access token is rotated.
 */
export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, attributes(c));
}
