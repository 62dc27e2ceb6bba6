import { secureHeaders } from 'hono/secure-headers';

/**
 * Thread content is hostile (titles, messages, widget payloads come from end users), so the
 * page may run only its own scripts and styles: no inline script, no eval, no inline <style>
 * or style attributes. React sets inline styles (the virtualised transcript's row offsets)
 * through the CSSOM, which CSP allows. Images may come from any https origin because
 * attachment previews live on OpenAI's and customers' file hosts; data: and blob: are refused
 * (the client renders https: previews only). The sign-in page lives under the same policy.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'https:'],
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
