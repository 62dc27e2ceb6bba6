import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveHarness, read } from './app-test-harness';

const INDEX = '<!doctype html><title>Threadline</title><div id="root"></div>';
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
  it.each(['/', '/threads/cthr_x', '/whatever/deep/link'])(
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
