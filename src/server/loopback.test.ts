import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStandInApi } from '@/server/demo/stand-in-api';
import { createApp } from './app';
import {
  capturedLogs,
  expectNoKeyFragments,
  read,
  serveOnLoopback,
  TEST_KEY,
} from './app-test-harness';
import { createLiveClient } from './threads/chatkit-client';
import { createThreadsService } from './threads/threads-service';

let upstream: Awaited<ReturnType<typeof serveOnLoopback>>;
let proxy: Awaited<ReturnType<typeof serveOnLoopback>>;

beforeAll(async () => {
  // Compressing, as stand-in-server.ts (the e2e upstream) and the hosted API do.
  const standIn = createStandInApi({ apiKey: TEST_KEY, faults: true, compress: true });
  upstream = await serveOnLoopback(standIn.fetch);
  const timeoutMs = 2000;
  const client = createLiveClient({ apiKey: TEST_KEY, baseURL: `${upstream.url}/v1`, timeoutMs });
  const threads = createThreadsService({ client, timeoutMs });
  const app = createApp({ threads, mode: 'live', logger: capturedLogs.logger });
  proxy = await serveOnLoopback(app.fetch);
});

afterAll(async () => {
  await Promise.all([proxy.close(), upstream.close()]);
  expectNoKeyFragments(capturedLogs.lines.join('\n'));
});

describe('over real loopback HTTP (browser → proxy → stand-in)', () => {
  it('serves a thread the stand-in sent compressed', async () => {
    const direct = await fetch(`${upstream.url}/v1/chatkit/threads/cthr_demo_refund_duplicate`, {
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'OpenAI-Beta': 'chatkit_beta=v1' },
    });
    expect(direct.headers.get('content-encoding')).toBe('gzip');
    const res = await read(await fetch(`${proxy.url}/api/threads/cthr_demo_refund_duplicate`));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ thread: { id: 'cthr_demo_refund_duplicate' } });
  });

  it('turns the upstream 401 into 502 upstream_auth_failed without the key', async () => {
    const res = await read(await fetch(`${proxy.url}/api/threads/cthr_fault_401/items`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code: 'upstream_auth_failed' } });
    expectNoKeyFragments(res.text);
    expectNoKeyFragments(res.headerText);
  });

  it.each([
    ['cthr_fault_huge/items', 'upstream_bad_response'],
    ['cthr_fault_gzip_bomb', 'upstream_bad_response'],
    ['cthr_fault_bad_gzip', 'upstream_bad_response'],
    ['cthr_fault_reset', 'upstream_unavailable'],
  ])('%s → 502 %s', async (path, code) => {
    const res = await read(await fetch(`${proxy.url}/api/threads/${path}`));
    expect(res.status).toBe(502);
    expect(res.json).toMatchObject({ error: { code } });
  });
});
