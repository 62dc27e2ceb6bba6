import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveHarness, read } from './app-test-harness';

const INDEX = '<!doctype html><head><title>Threadline</title></head><div id="root"></div>';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("hi")');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('serving the built SPA', () => {
  it.each(['/', '/threads', '/whatever/deep/link'])(
    '%s → index.html, revalidated',
    async (path) => {
      const { app } = liveHarness({ staticDir: dir });
      const res = await read(await app.request(path));
      expect(res.status).toBe(200);
      expect(res.text).toBe(INDEX);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    },
  );

  it('has a deep link to a thread ask for the thread and its newest page with the scripts', async () => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await read(await app.request('/threads/cthr_x'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    // The very URLs the client's prefetch asks for, so the browser answers it from these.
    expect(res.text).toContain(
      '<link rel="preload" href="/api/threads/cthr_x" as="fetch" crossorigin="anonymous" />',
    );
    expect(res.text).toContain(
      '<link rel="preload" href="/api/threads/cthr_x/items?limit=100&amp;order=desc" as="fetch" crossorigin="anonymous" />',
    );
    expect(res.text.indexOf('rel="preload"')).toBeLessThan(res.text.indexOf('</head>'));
  });

  it.each([
    '/threads/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/threads/cthr_%22%3E%3Cimg%20src%3Dx%3E',
    '/threads/%E0%A4%A',
    '/threads/cthr_x/extra',
  ])('writes nothing of a path that is no thread ID into the page: %s', async (path) => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await read(await app.request(path));
    expect(res.status).toBe(200);
    expect(res.text).toBe(INDEX);
  });

  it('serves hashed assets as immutable', async () => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await read(await app.request('/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.text).toBe('console.log("hi")');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves other files with revalidation', async () => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await app.request('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing asset with 404 rather than HTML', async () => {
    const { app } = liveHarness({ staticDir: dir });
    expect((await app.request('/assets/old-1234.js')).status).toBe(404);
  });

  it('answers HEAD for a deep link', async () => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await app.request('/threads/cthr_x', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('keeps /api/* as JSON, even for unknown paths', async () => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await read(await app.request('/api/unknown'));
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses path traversal', async () => {
    const { app } = liveHarness({ staticDir: dir });
    const res = await read(await app.request('/assets/..%2F..%2Fetc%2Fpasswd'));
    expect(res.text).not.toContain('root:');
  });
});

describe('before the SPA is built', () => {
  it('answers 503 with a plain hint', async () => {
    const { app } = liveHarness({ staticDir: join(dir, 'missing-dist') });
    const res = await read(await app.request('/threads/cthr_x'));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.text).toContain('Run npm run build first');
  });

  it('still serves the API', async () => {
    const { app } = liveHarness({ staticDir: join(dir, 'missing-dist') });
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
