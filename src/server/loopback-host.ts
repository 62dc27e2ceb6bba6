import { isIPv4, isIPv6 } from 'node:net';

/**
 * True when listening on `host` keeps the server on this machine: localhost, 127.0.0.0/8 or
 * ::1 (also written out in full or as an IPv4-mapped address). Anything else, 0.0.0.0 and ::
 * above all, is reachable from the network.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name === 'localhost.') return true;
  if (isIPv4(name)) return name.startsWith('127.');
  if (!isIPv6(name)) return false;
  // The URL parser writes every IPv6 spelling one way, e.g. ::ffff:127.0.0.1 → ::ffff:7f00:1.
  const canonical = new URL(`http://[${name}]/`).hostname;
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}
