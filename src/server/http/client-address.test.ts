import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { fromAddress } from '@/server/access-test-harness';
import { clientAddressResolver, isAddressOrRange, socketAddress } from './client-address';

/** What `resolver` makes of a request from `peer` carrying `forwardedFor`. */
async function resolve(
  resolver: ReturnType<typeof clientAddressResolver>,
  peer: string,
  forwardedFor?: string,
) {
  const app = new Hono().get('/', (c) => c.text(resolver(c)));
  const headers: Record<string, string> = {};
  if (forwardedFor !== undefined) headers['X-Forwarded-For'] = forwardedFor;
  return (await app.request('/', { headers }, fromAddress(peer))).text();
}

describe('clientAddressResolver', () => {
  const behindLoopback = clientAddressResolver(['127.0.0.1', '::1']);

  it('is socketAddress itself without trusted proxies', () => {
    expect(clientAddressResolver([])).toBe(socketAddress);
  });

  it.each([
    ['a trusted peer with one hop', '127.0.0.1', '203.0.113.9', '203.0.113.9'],
    ['an IPv4-mapped trusted peer', '::ffff:127.0.0.1', '203.0.113.9', '203.0.113.9'],
    ['a trusted IPv6 peer', '::1', '2001:db8::7', '2001:db8::7'],
    ['the rightmost untrusted hop', '127.0.0.1', '198.51.100.1, 203.0.113.9', '203.0.113.9'],
    ['past trusted hops', '127.0.0.1', '203.0.113.9, 127.0.0.1, ::1', '203.0.113.9'],
    ['the leftmost when every hop is trusted', '127.0.0.1', '::1, 127.0.0.1', '::1'],
    ['hops with ports and brackets', '127.0.0.1', '[2001:db8::7]:443', '2001:db8::7'],
    ['an IPv4 hop with a port', '127.0.0.1', '203.0.113.9:5000', '203.0.113.9'],
    ['an IPv4-mapped hop', '127.0.0.1', '::ffff:203.0.113.9', '203.0.113.9'],
    ['empty entries', '127.0.0.1', '203.0.113.9, , ', '203.0.113.9'],
    [
      'garbage, stopping at the hop that reported it',
      '127.0.0.1',
      '203.0.113.9, unknown',
      '127.0.0.1',
    ],
    ['garbage left of a real client', '127.0.0.1', 'evil;x, 203.0.113.9', '203.0.113.9'],
    ['a trusted peer without the header', '127.0.0.1', undefined, '127.0.0.1'],
    ['an untrusted peer (its header is ignored)', '198.51.100.1', '203.0.113.9', '198.51.100.1'],
  ])('reads %s', async (_label, peer, forwardedFor, client) => {
    expect(await resolve(behindLoopback, peer, forwardedFor)).toBe(client);
  });

  it('trusts CIDR ranges, IPv4 and IPv6', async () => {
    const resolver = clientAddressResolver(['10.0.0.0/8', 'fd00::/8']);
    expect(await resolve(resolver, '10.2.3.4', '10.9.9.9, 203.0.113.9, 10.1.1.1')).toBe(
      '203.0.113.9',
    );
    expect(await resolve(resolver, 'fd12::1', '2001:db8::7, fd34::2')).toBe('2001:db8::7');
    expect(await resolve(resolver, '11.0.0.1', '203.0.113.9')).toBe('11.0.0.1');
  });

  it('is unknown without a socket, whatever the header says', async () => {
    const app = new Hono().get('/', (c) => c.text(behindLoopback(c)));
    const res = await app.request('/', { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(await res.text()).toBe('unknown');
  });
});

describe('isAddressOrRange', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.0.0.0/8', '0.0.0.0/0', 'fd00::/128'])(
    'accepts %s',
    (entry) => expect(isAddressOrRange(entry)).toBe(true),
  );

  it.each(['localhost', '10.0.0.0/33', '::/129', '10.0.0.0/', '1.2.3.4/8/8', 'fe80::1%eth0', ''])(
    'refuses %j',
    (entry) => expect(isAddressOrRange(entry)).toBe(false),
  );
});
