import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { streamSSE } from 'hono/streaming';
import { afterAll, describe, expect, it } from 'vitest';
import { makeStaticDir } from './access-test-harness';
import { liveHarness } from './app-test-harness';

const LONG_PAGE = '/api/threads/cthr_demo_long_history/items?order=asc&limit=100';
const gzip = { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } };

const dist = makeStaticDir();
// What the build writes beside a hashed asset over 1 KiB (vite.config.ts).
const ASSET = `console.log(${JSON.stringify('a transcript line '.repeat(200))});`;
writeFileSync(join(dist.dir, 'assets', 'big.js'), ASSET);
writeFileSync(join(dist.dir, 'assets', 'big.js.br'), brotliCompressSync(ASSET));
writeFileSync(join(dist.dir, 'assets', 'big.js.gz'), gzipSync(ASSET));
afterAll(() => dist.remove());

async function decoded(res: Response, format: CompressionFormat): Promise<string> {
  const body = res.body?.pipeThrough(new DecompressionStream(format));
  return new Response(body).text();
}

describe('compression', () => {
  it('sends a JSON items page gzip when asked, decoding to the same JSON', async () => {
    const { app } = liveHarness();
    const plain = await app.request(LONG_PAGE);
    expect(plain.headers.has('content-encoding')).toBe(false);
    const plainText = await plain.text();
    expect(plainText.length).toBeGreaterThan(10_000);

    const res = await app.request(LONG_PAGE, gzip);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect(bytes.length).toBeLessThan(plainText.length / 3);
    expect(JSON.parse(await decoded(res, 'gzip'))).toEqual(JSON.parse(plainText));
  });

  it.each([
    ['the health check', '/api/health', 200],
    ['a small thread', '/api/threads/cthr_demo_refund_duplicate', 200],
    ['an error', '/api/threads/not-an-id', 400],
    ['a not-found page', '/nope', 404],
  ])('leaves a tiny answer alone: %s', async (_label, path, status) => {
    const { app } = liveHarness();
    const res = await app.request(path, gzip);
    expect(res.status).toBe(status);
    expect(res.headers.has('content-encoding')).toBe(false);
    const length = Number(res.headers.get('content-length'));
    expect(length).toBeLessThan(1024);
    expect((await res.arrayBuffer()).byteLength).toBe(length);
  });

  it.each([
    ['br', 'gzip, deflate, br, zstd'],
    ['gzip', 'gzip, deflate'],
  ] as const)(
    'serves a hashed asset from its precompressed .%s file, still immutable',
    async (encoding, accepted) => {
      const { app } = liveHarness({ staticDir: dist.dir });
      const res = await app.request('/assets/big.js', {
        headers: { 'Accept-Encoding': accepted },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const body = Buffer.from(await res.arrayBuffer());
      const decode = encoding === 'br' ? brotliDecompressSync : gunzipSync;
      expect(decode(body).toString()).toBe(ASSET);
    },
  );

  it('serves the plain file to a client that accepts no encoding', async () => {
    const { app } = liveHarness({ staticDir: dist.dir });
    const res = await app.request('/assets/big.js');
    expect(res.headers.has('content-encoding')).toBe(false);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(await res.text()).toBe(ASSET);
  });

  it('never holds back or compresses an answer that must stream', async () => {
    const { app } = liveHarness();
    let releaseSecond = () => {};
    const second = new Promise<void>((resolve) => (releaseSecond = resolve));
    app.get('/api/live', (c) =>
      streamSSE(c, async (stream) => {
        await stream.writeSSE({ data: 'x'.repeat(4096) });
        await second;
        await stream.writeSSE({ data: 'done' });
      }),
    );
    const res = await app.request('/api/live', gzip);
    expect(res.headers.has('content-encoding')).toBe(false);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    // The first event arrives while the handler still waits to write the second.
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('xxxx');
    releaseSecond();
    while (!(await reader.read()).done);
  });

  it('never compresses a HEAD answer', async () => {
    const { app } = liveHarness();
    const res = await app.request(LONG_PAGE, { method: 'HEAD', ...gzip });
    expect(res.status).toBe(200);
    expect(res.headers.has('content-encoding')).toBe(false);
  });
});
