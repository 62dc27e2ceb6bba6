import { BlockList, isIP, isIPv6 } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Who is asking, as far as the network can tell: keys the sign-in throttle, the rate limit and
 * the audit log.
 */
export type ClientAddressResolver = (c: Context) => string;

/**
 * The TCP peer's address. Behind a reverse proxy that is the proxy's address, unless the proxy
 * is listed in THREADLINE_TRUSTED_PROXIES (see clientAddressResolver). Requests that did not
 * come through a socket (app.request() in tests) are 'unknown'.
 */
export const socketAddress: ClientAddressResolver = (c) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/** True for a THREADLINE_TRUSTED_PROXIES entry: an IPv4 or IPv6 address, or a CIDR range. */
export function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, extra] = entry.split('/');
  // Zone IDs (fe80::1%eth0) pass isIP but name an interface, not an address BlockList knows.
  const family = address.includes('%') ? 0 : isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

const familyOf = (address: string) => (isIPv6(address) ? 'ipv6' : 'ipv4');

function trustedList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    if (bits === undefined) list.addAddress(address, familyOf(address));
    else list.addSubnet(address, Number(bits), familyOf(address));
  }
  return list;
}

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const BRACKETED = /^\[([^\]]+)\](?::\d+)?$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/;

/** One X-Forwarded-For entry as a plain address (no brackets, port or ::ffff:), or undefined. */
function hopAddress(entry: string): string | undefined {
  const bare = BRACKETED.exec(entry)?.[1] ?? IPV4_WITH_PORT.exec(entry)?.[1] ?? entry;
  const address = MAPPED_IPV4.exec(bare)?.[1] ?? bare;
  return isIP(address) === 0 || address.includes('%') ? undefined : address;
}

/**
 * The client's address: the socket's, or, when the socket peer is one of `trustedProxies`,
 * the rightmost X-Forwarded-For hop that is not (each trusted proxy appends the address it
 * saw, so hops left of the first untrusted one are whatever the client chose to send). When
 * every hop is trusted, the leftmost; an entry that is not an address ends the walk at the
 * trusted hop that reported it. Without trusted proxies, exactly socketAddress.
 */
export function clientAddressResolver(trustedProxies: readonly string[]): ClientAddressResolver {
  if (trustedProxies.length === 0) return socketAddress;
  const trusted = trustedList(trustedProxies);
  const isTrusted = (address: string) => trusted.check(address, familyOf(address));
  return (c) => {
    const peer = socketAddress(c);
    const forwarded = c.req.header('x-forwarded-for');
    if (forwarded === undefined || !isTrusted(MAPPED_IPV4.exec(peer)?.[1] ?? peer)) return peer;
    let client = peer;
    const hops = forwarded.split(',');
    for (let i = hops.length - 1; i >= 0; i -= 1) {
      const entry = hops[i]?.trim() ?? '';
      if (entry === '') continue;
      const address = hopAddress(entry);
      if (address === undefined) break;
      client = address;
      if (!isTrusted(address)) break;
    }
    return client;
  };
}
