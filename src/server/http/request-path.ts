import { getPath } from 'hono/utils/url';

/** What a RegExp `.` does not match: the line terminators. */
const LINE_TERMINATORS = /[\n\r\u2028\u2029]/g;

/**
 * Hono's own getPath, with decoded line terminators escaped again. Hono's router turns
 * wildcards into RegExp `.*`, which stops at a line terminator, so a path like `/%0a` matched
 * no wildcard middleware (honojs/hono#5345): no security headers, no access gate. Escaped, it
 * matches like any other path; route params still decode to the original characters.
 */
export function routablePath(request: Request): string {
  return getPath(request).replace(LINE_TERMINATORS, (char) => encodeURIComponent(char));
}
