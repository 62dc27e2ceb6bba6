import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVER_OPTIONS } from './server-options';

const open: Server[] = [];
afterEach(() => {
  for (const server of open.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

function start(serverOptions: typeof SERVER_OPTIONS) {
  const app = new Hono().get('/', (c) => c.text('ok'));
  return new Promise<{ server: Server; port: number }>((resolve) => {
    const server = serve(
      { fetch: app.fetch, hostname: '127.0.0.1', port: 0, serverOptions },
      (info: AddressInfo) => resolve({ server, port: info.port }),
    ) as Server;
    open.push(server);
  });
}

/** Milliseconds until the server hangs up on a socket that does `behave`. */
function timeUntilClosed(port: number, behave: (write: (text: string) => void) => void) {
  return new Promise<number>((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => behave((text) => socket.write(text)));
    socket.on('data', () => undefined);
    socket.on('close', () => resolve(performance.now() - started));
    socket.on('error', () => undefined);
  });
}

describe('connection hygiene', () => {
  it('reaches the Node server through serve()', async () => {
    const { server } = await start(SERVER_OPTIONS);
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    expect(server.keepAliveTimeout).toBe(5_000);
  });

  it('hangs up on a client that never finishes its headers (slowloris)', async () => {
    const { port } = await start({ ...SERVER_OPTIONS, headersTimeout: 300, requestTimeout: 600 });
    const elapsed = await timeUntilClosed(port, (write) => write('GET / HTTP/1.1\r\nHost: x\r\n'));
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(300 + SERVER_OPTIONS.connectionsCheckingInterval + 500);
  });

  it('closes idle keep-alive sockets', async () => {
    const { port } = await start({ ...SERVER_OPTIONS, keepAliveTimeout: 200 });
    const request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
    const elapsed = await timeUntilClosed(port, (write) => write(request));
    expect(elapsed).toBeGreaterThanOrEqual(150);
    // Node adds up to a second of grace to the keep-alive timeout against races with clients.
    expect(elapsed).toBeLessThan(200 + 1000 + 500);
  });
});
