import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Every response's security headers: hono/secure-headers with our options, which keeps its own
 * defaults for the rest (Cross-Origin-Resource-Policy, Origin-Agent-Cluster, X-DNS-Prefetch-
 * Control, X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection).
 *
 * Thread content is hostile (titles, messages, widget payloads come from end users), so the
 * page may run only its own scripts and styles: no inline script, no eval, no inline <style>
 * or style attributes. React sets inline styles (the virtualised transcript's row offsets)
 * through the CSSOM, which CSP allows. Images come from Threadline itself and from the preview
 * hosts an administrator approved (THREADLINE_PREVIEW_HOSTS) only: an image from a host a
 * thread names would tell that host the agent's address and when the thread was opened.
 * data: and blob: are refused. The sign-in page lives under the same policy.
 */
export function securityHeaders(previewHosts: readonly string[] = []): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", ...previewHosts.map((host) => `https://${host}`)],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    // Thread URLs name customers' conversations: never send them to image hosts.
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    crossOriginOpenerPolicy: 'same-origin',
    // Nothing here needs a device or payment API; a hostile payload that ever ran could not ask.
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      serial: [],
      hid: [],
      midi: [],
      displayCapture: [],
      publickeyCredentialsGet: [],
    },
    // Plain-http localhost would make a browser remember HSTS for the whole host name.
    strictTransportSecurity: false,
  });
}

/**
 * The headers securityHeaders() puts on an answer, read off one it answered, for the answers
 * Node writes without the app (client-error.ts): one definition, so they cannot drift apart.
 */
export async function securityHeaderValues(
  previewHosts: readonly string[] = [],
): Promise<Record<string, string>> {
  const probe = new Hono().use(securityHeaders(previewHosts)).get('/', (c) => c.body(null, 204));
  const answer = await probe.request('/');
  return Object.fromEntries(answer.headers);
}
