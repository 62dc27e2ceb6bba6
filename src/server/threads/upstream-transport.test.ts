import { APIConnectionError } from 'openai';
import { describe, expect, it } from 'vitest';
import { UpstreamBadResponseError, UpstreamTooLargeError } from '@/server/http/api-errors';
import type { Fetch } from './chatkit-client';
import { bodyFailure, withDecodedByteCap } from './upstream-transport';

/** A fetch answering `bytes` bytes in 1,000-byte chunks, then ending. */
function answering(bytes: number): Fetch {
  return () => {
    let left = bytes;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const size = Math.min(1000, left);
        left -= size;
        if (size > 0) controller.enqueue(new Uint8Array(size));
        if (left === 0) controller.close();
      },
    });
    return Promise.resolve(new Response(body, { status: 201, headers: { 'x-a': 'b' } }));
  };
}

describe('withDecodedByteCap', () => {
  it('passes a body of exactly the cap through, status and headers untouched', async () => {
    const response = await withDecodedByteCap(answering(5000), 5000)('http://x.invalid/');
    expect([response.status, response.headers.get('x-a')]).toEqual([201, 'b']);
    expect((await response.arrayBuffer()).byteLength).toBe(5000);
  });

  it('fails the body with UpstreamTooLargeError one byte past the cap', async () => {
    const response = await withDecodedByteCap(answering(5001), 5000)('http://x.invalid/');
    await expect(response.arrayBuffer()).rejects.toBeInstanceOf(UpstreamTooLargeError);
  });

  it("fails a body that never ends with the signal's reason once the call is aborted", async () => {
    const endless: Fetch = () =>
      Promise.resolve(
        new Response(new ReadableStream({ pull: () => new Promise(() => undefined) })),
      );
    const call = new AbortController();
    const response = await withDecodedByteCap(endless, 5000)('http://x.invalid/', {
      signal: call.signal,
    });
    const reading = response.text();
    call.abort(new Error('deadline'));
    await expect(reading).rejects.toThrow('deadline');
  });
});

describe('bodyFailure', () => {
  const wrapped = (cause: unknown) => new TypeError('terminated', { cause });

  it('keeps an over-cap error, however deeply undici wrapped it', () => {
    const tooLarge = new UpstreamTooLargeError('over');
    expect(bodyFailure(wrapped(tooLarge))).toBe(tooLarge);
  });

  it('reads a zlib or brotli failure as a bad response', () => {
    for (const code of ['Z_DATA_ERROR', 'Z_BUF_ERROR', 'ERR__ERROR_FORMAT_PADDING_1']) {
      const failure = bodyFailure(wrapped(Object.assign(new Error('x'), { code })));
      expect(failure).toBeInstanceOf(UpstreamBadResponseError);
    }
  });

  it('reads anything else (a reset, "terminated") as a failed connection', () => {
    const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    expect(bodyFailure(wrapped(reset))).toBeInstanceOf(APIConnectionError);
    expect(bodyFailure(new Error('stream failed'))).toBeInstanceOf(APIConnectionError);
  });
});
