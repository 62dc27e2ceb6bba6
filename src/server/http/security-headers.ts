/**
 * Thread content is hostile (titles, messages, widget payloads come from end users), so the
 * page may run only its own scripts and styles: no inline script, no eval, no inline <style>
 * or style attributes. React sets inline styles (the virtualised transcript's row offsets)
 * through the CSSOM, which CSP allows. Images come from Threadline itself and from the preview
 * hosts an administrator approved (THREADLINE_PREVIEW_HOSTS) only: an image from a host a
 * thread names would tell that host the agent's address and when the thread was opened.
 * data: and blob: are refused. The sign-in page lives under the same policy.
 */
export function contentSecurityPolicy(previewHosts: readonly string[] = []): string {
  const images = ["'self'", ...previewHosts.map((host) => `https://${host}`)];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${images.join(' ')}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Nothing here needs a device or payment API; a hostile payload that ever ran could not ask. */
const PERMISSIONS_POLICY = [
  'camera',
  'microphone',
  'geolocation',
  'payment',
  'usb',
  'serial',
  'hid',
  'midi',
  'display-capture',
  'publickey-credentials-get',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** The headers without approved preview hosts: images from Threadline only. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': contentSecurityPolicy(),
  // Thread URLs name customers' conversations: never send them to image hosts.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
});

/**
 * Every response's security headers (baseHeaders() in response-headers.ts puts them on), built
 * once per server: the set hono/secure-headers produced with our options, which cost about
 * 10 µs a response when applied after the fact. No Strict-Transport-Security: plain-http
 * localhost would make a browser remember HSTS for the whole host name.
 */
export function securityHeaders(previewHosts: readonly string[] = []) {
  return Object.freeze({
    ...SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(previewHosts),
  });
}
