import { expandIPv6 } from 'hono/utils/ipaddr';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Who is guessing, for the sign-in throttle, from the client's address as the app resolves it:
 * the socket's, or X-Forwarded-For only as written by a trusted proxy (a guesser would rotate
 * its own). IPv6 clients are grouped by /64, since one host usually owns a whole /64.
 */
export function throttleKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address.toLowerCase()).split(':').slice(0, 4).join(':')}::/64`;
}
