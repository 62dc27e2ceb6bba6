import type { Context } from 'hono';
import { expandIPv6 } from 'hono/utils/ipaddr';
import { isIPv4, isIPv6 } from 'node:net';
import { socketAddress } from '@/server/http/client-address';

/**
 * Who is guessing, for the sign-in throttle: the socket's address, never X-Forwarded-For (a
 * guesser would rotate it). IPv6 clients are grouped by /64, since one host usually owns a
 * whole /64. Behind a reverse proxy every client shares the proxy's address, and so one budget.
 */
export function throttleKey(c: Context): string {
  const address = socketAddress(c);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined && isIPv4(mapped)) return mapped;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address.toLowerCase()).split(':').slice(0, 4).join(':')}::/64`;
}
