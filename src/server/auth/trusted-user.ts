const MAX_LENGTH = 256;
// Control, format (bidi overrides, zero-width) and line-separator characters: none belongs in
// a name, and each could forge or garble an audit log line.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * The agent named by the SSO proxy's header, cleaned for logs: unprintables stripped, trimmed,
 * at most 256 characters; undefined when absent or empty.
 *
 * Only safe when the proxy strips this header from client requests and Threadline is
 * reachable through that proxy alone: otherwise anyone can send it and be let in as anyone.
 */
export function readAgent(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cleaned = value.replace(UNPRINTABLE, '').trim().slice(0, MAX_LENGTH).trim();
  return cleaned === '' ? undefined : cleaned;
}
