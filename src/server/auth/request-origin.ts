import type { Context } from 'hono';

/**
 * True when the browser reached us over HTTPS, directly or through a TLS-terminating proxy that
 * says so in X-Forwarded-Proto. Trusting that header is safe here: it only decides whether a
 * cookie gets the Secure flag, and a forged value can only hurt the one who forges it.
 */
export function isHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

/** Our origin as the browser sees it: scheme per isHttps, host from the Host header. */
export function ownOrigin(c: Context): string {
  return `${isHttps(c) ? 'https' : 'http'}://${new URL(c.req.url).host}`;
}

/**
 * True when a form post did not come from one of our own pages (login and logout CSRF).
 * Sec-Fetch-Site is the browser's own verdict; Origin is checked when it is a real origin.
 * `Origin: null` is what a browser sends for our own form under Referrer-Policy: no-referrer,
 * so then Sec-Fetch-Site must vouch for it. Requests with neither header are not from a
 * browser, and cannot carry a victim's cookies.
 */
export function isCrossSitePost(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  if (origin === 'null') return site === undefined;
  return origin !== ownOrigin(c);
}
