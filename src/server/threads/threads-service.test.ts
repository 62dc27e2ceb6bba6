import { APIConnectionTimeoutError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { UpstreamBadResponseError } from '@/server/http/api-errors';
import { createLiveClient, type Fetch } from './chatkit-client';
import { createThreadsService } from './threads-service';

const TIMEOUT_MS = 100;

function service(fetch: Fetch) {
  const client = createLiveClient({
    apiKey: 'sk-test',
    baseURL: 'http://upstream.invalid/v1',
    timeoutMs: TIMEOUT_MS,
    fetch,
  });
  return createThreadsService({ client, timeoutMs: TIMEOUT_MS });
}

const json =
  (body: unknown): Fetch =>
  () =>
    Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );

describe('createThreadsService', () => {
  it('rejects a list body the SDK would have turned into an empty page', async () => {
    const threads = service(json({ unexpected: true }));
    await expect(threads.listItems('cthr_1', {})).rejects.toBeInstanceOf(UpstreamBadResponseError);
    await expect(threads.listThreads({})).rejects.toBeInstanceOf(UpstreamBadResponseError);
  });

  it('keeps first_id and last_id from the raw body', async () => {
    const body = {
      object: 'list',
      data: [{ id: 'cthi_2', type: 'chatkit.task' }],
      first_id: 'cthi_2',
      last_id: 'cthi_2',
      has_more: true,
    };
    expect(await service(json(body)).listItems('cthr_1', { limit: 1 })).toEqual(body);
  });

  it('sends the query and the beta header through the SDK', async () => {
    const seen: Request[] = [];
    const record: Fetch = (url, init) => {
      seen.push(new Request(url, init));
      return json({ object: 'list', data: [], first_id: null, last_id: null, has_more: false })(
        url,
        init,
      );
    };
    await service(record).listThreads({ user: 'cust 1', limit: 5, order: 'asc' });
    expect(seen[0]?.url).toBe(
      'http://upstream.invalid/v1/chatkit/threads?user=cust%201&limit=5&order=asc',
    );
    expect(seen[0]?.headers.get('openai-beta')).toBe('chatkit_beta=v1');
  });

  it('gives up at the overall deadline when a body never finishes', async () => {
    const stalled: Fetch = () =>
      Promise.resolve(
        new Response(new ReadableStream({ start: () => undefined }), {
          headers: { 'content-type': 'application/json' },
        }),
      );
    const started = Date.now();
    await expect(service(stalled).getThread('cthr_1')).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(2 * TIMEOUT_MS + 1000 - 50);
    expect(elapsed).toBeLessThan(2 * TIMEOUT_MS + 1000 + 500);
  });

  it('stops when the caller goes away', async () => {
    const hang: Fetch = (_url, init) =>
      new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('gone', 'AbortError')),
        );
      });
    const caller = new AbortController();
    const pending = service(hang).getThread('cthr_1', caller.signal);
    caller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
