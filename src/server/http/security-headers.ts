import { secureHeaders } from 'hono/secure-headers';

/**
 * Thread content is hostile (titles, messages, widget payloads come from end users), so the
 * page may run only its own scripts. Images may come from any https origin because
 * attachment previews live on OpenAI's and customers' file hosts.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Inline style attributes only (virtualised lists position rows with them).
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'https:', 'data:', 'blob:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    // Plain-http localhost would make a browser remember HSTS for the whole host name.
    strictTransportSecurity: false,
  });
}
