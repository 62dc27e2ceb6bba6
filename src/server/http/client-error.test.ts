import type { Server, ServerOptions } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveHarness } from '@/server/app-test-harness';
import { answerClientErrors } from './client-error';
import { securityHeaderValues } from './security-headers';
import { SERVER_OPTIONS } from './server-options';

const servers: Server[] = [];
let port: number;
const security = await securityHeaderValues();

async function listen(serverOptions: ServerOptions): Promise<number> {
  const { app } = liveHarness();
  const server = await new Promise<Server>((resolve) => {
    const listening = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0, serverOptions },
      () => resolve(listening as Server),
    );
  });
  answerClientErrors(server, security);
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  port = await listen(SERVER_OPTIONS);
});
afterAll(() => {
  for (const server of servers) server.close();
});

/** Writes `request` on a fresh connection; resolves with all it got once the server closes. */
function exchange(request: string, to = port): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(to, '127.0.0.1');
    const chunks: Buffer[] = [];
    const received = () => Buffer.concat(chunks).toString('latin1');
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(received()));
    // A reset after the whole answer arrived is the server closing on unread input.
    socket.on('error', (err) => (chunks.length > 0 ? resolve(received()) : reject(err)));
    socket.write(request);
  });
}

function parse(raw: string) {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

describe('answerClientErrors: what Node cannot parse', () => {
  it.each([
    ['a malformed request line', 400, 'this is not http\r\n\r\n'],
    ['a malformed header line', 400, 'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'],
    [
      'headers over 16 KiB',
      431,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ],
  ])('%s: %i with Connection: close and the security headers', async (_label, status, request) => {
    const answer = parse(await exchange(request));
    expect(answer.status).toBe(status);
    expect(answer.headers.get('connection')).toBe('close');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    // Every header the app's own answers carry, with the same value.
    expect(Object.keys(security)).toContain('content-security-policy');
    for (const [name, value] of Object.entries(security)) {
      expect(answer.headers.get(name), name).toBe(value);
    }
    expect(answer.body).toBe(
      `${status === 400 ? 'Bad Request' : 'Request Header Fields Too Large'}\n`,
    );
    expect(Number(answer.headers.get('content-length'))).toBe(answer.body.length);
  });

  it('a request too slow to arrive: 408, with the same headers', async () => {
    const quick = { headersTimeout: 200, requestTimeout: 300, connectionsCheckingInterval: 50 };
    const answer = parse(await exchange('GET / HTTP/1.1\r\nHost: x\r\n', await listen(quick)));
    expect(answer.status).toBe(408);
    expect(answer.headers.get('connection')).toBe('close');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });

  it('leaves well-formed requests to the app', async () => {
    const answer = parse(
      await exchange('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toBe(security['content-security-policy']);
  });
});
