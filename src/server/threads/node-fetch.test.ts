import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from './node-fetch';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function serve(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const fetchVia = createNodeFetch();

describe('createNodeFetch', () => {
  it('sends method and headers, and answers a standard Response', async () => {
    const base = await serve((req, res) => {
      res.writeHead(201, 'Made', {
        'content-type': 'application/json',
        'x-echo': req.headers['x-a'],
      });
      res.end(JSON.stringify({ method: req.method, url: req.url }));
    });
    const response = await fetchVia(`${base}/v1/x?y=1`, { headers: { 'X-A': 'b' } });
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.ok]).toEqual([201, 'Made', true]);
    expect(response.headers.get('x-echo')).toBe('b');
    expect(await response.json()).toEqual({ method: 'GET', url: '/v1/x?y=1' });
  });

  it('returns a redirect instead of following it', async () => {
    const base = await serve((_req, res) => res.writeHead(302, { location: '/elsewhere' }).end());
    const response = await fetchVia(`${base}/v1/x`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/elsewhere');
  });

  it('decodes a gzip body as fetch does', async () => {
    const base = await serve((_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"ok":true}')),
    );
    expect(await (await fetchVia(`${base}/`)).json()).toEqual({ ok: true });
  });

  it('has no body for 204 and HEAD', async () => {
    const base = await serve((req, res) => res.writeHead(req.method === 'HEAD' ? 200 : 204).end());
    expect((await fetchVia(`${base}/`)).body).toBeNull();
    expect((await fetchVia(`${base}/`, { method: 'HEAD' })).body).toBeNull();
  });

  it("rejects with the signal's reason when aborted, before or during the call", async () => {
    const base = await serve(() => undefined); // never answers
    const before = new AbortController();
    before.abort();
    await expect(fetchVia(`${base}/`, { signal: before.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    const during = new AbortController();
    const pending = fetchVia(`${base}/`, { signal: during.signal });
    setTimeout(() => during.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("rejects a refused connection as fetch does: TypeError('fetch failed') with the cause", async () => {
    const base = await serve(() => undefined);
    await closers.pop()?.();
    const failure = fetchVia(`${base}/`).catch((err: unknown) => err);
    await expect(failure).resolves.toBeInstanceOf(TypeError);
    await expect(failure).resolves.toMatchObject({
      message: 'fetch failed',
      cause: { code: 'ECONNREFUSED' },
    });
  });
});
