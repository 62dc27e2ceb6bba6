const MAX_LENGTH = 2048;
const PROBE_ORIGIN = 'http://threadline.invalid';
const AUTH_PATHS = new Set(['/sign-in', '/sign-out']);

/**
 * Where to send the browser after signing in: `next` when it is a plain same-site path, else
 * "/". Refuses what browsers read as another host (`//evil.com`, `/\evil.com`, `https://…`),
 * whitespace and control characters (browsers drop them before parsing), and the sign-in pages
 * themselves, so the parameter can never become an open redirect or a loop.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  if (/[\\\s\p{Cc}]/u.test(value)) return '/';
  let resolved: URL;
  try {
    resolved = new URL(value, PROBE_ORIGIN);
  } catch {
    return '/';
  }
  if (resolved.origin !== PROBE_ORIGIN || resolved.pathname.startsWith('//')) return '/';
  if (AUTH_PATHS.has(resolved.pathname)) return '/';
  return value;
}
