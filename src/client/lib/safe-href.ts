const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['https:']);
const MAX_URL_LENGTH = 8192;
// Browsers silently drop tabs and newlines inside a URL, so `java\tscript:` would still run.
// No legitimate link in a transcript contains a control character: refuse them outright.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

function parseAllowed(url: unknown, protocols: ReadonlySet<string>): string | undefined {
  if (typeof url !== 'string') return undefined;
  const candidate = url.trim();
  if (candidate === '' || candidate.length > MAX_URL_LENGTH) return undefined;
  if (CONTROL_CHARACTERS.test(candidate)) return undefined;
  let parsed: URL;
  try {
    // No base URL: relative and protocol-relative links are refused rather than resolved
    // against our own origin.
    parsed = new URL(candidate);
  } catch {
    return undefined;
  }
  if (!protocols.has(parsed.protocol)) return undefined;
  // `https://bank.example@evil.example` reads as the bank but goes to evil: refuse credentials.
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}

/**
 * Link sanitiser for hostile thread content: returns a normalised URL only for http:, https:
 * and mailto:, so `javascript:`, `data:` and `vbscript:` links (however obfuscated) never reach
 * an `href`. Returns undefined for anything else, including relative URLs.
 */
export function safeHref(url: unknown): string | undefined {
  return parseAllowed(url, LINK_PROTOCOLS);
}

/**
 * Image source sanitiser: https: only, so a thread can neither load mixed content nor smuggle
 * `data:`/`javascript:` sources into an `<img>`.
 */
export function safeImageSrc(url: unknown): string | undefined {
  return parseAllowed(url, IMAGE_PROTOCOLS);
}
