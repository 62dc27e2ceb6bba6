import { APIConnectionError, APIUserAbortError, type OpenAI } from 'openai';
import { describe, expect, it } from 'vitest';
import { createStandInApi } from '@/server/demo/stand-in-api';
import { expectNoKeyFragments, TEST_KEY, UPSTREAM_BASE_URL } from '@/server/app-test-harness';
import { createLiveClient, fetchVia, type Fetch } from '@/server/threads/chatkit-client';
import {
  errorLogFields,
  MESSAGES,
  toApiError,
  UpstreamBadResponseError,
  UpstreamTooLargeError,
} from './api-errors';

function client(fetch: Fetch): OpenAI {
  return createLiveClient({ apiKey: TEST_KEY, baseURL: UPSTREAM_BASE_URL, timeoutMs: 300, fetch });
}

const standIn = (apiKey = TEST_KEY) => fetchVia(createStandInApi({ apiKey, faults: true }));

/** What the real SDK throws for this call, against the stand-in unless told otherwise. */
async function sdkError(
  call: (openai: OpenAI) => Promise<unknown>,
  fetch: Fetch = standIn(),
): Promise<unknown> {
  try {
    await call(client(fetch));
  } catch (err) {
    return err;
  }
  throw new Error('expected the SDK call to fail');
}

const retrieve = (threadId: string) => (openai: OpenAI) =>
  openai.beta.chatkit.threads.retrieve(threadId);

function jsonFetch(status: number, message: string): Fetch {
  return () => {
    const body = JSON.stringify({ error: { message, type: 'x', param: null, code: null } });
    return Promise.resolve(
      new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    );
  };
}

describe('toApiError with errors thrown by the real SDK', () => {
  it.each([
    ['cthr_fault_401', 502, 'upstream_auth_failed', MESSAGES.authFailed],
    ['cthr_fault_403', 502, 'upstream_auth_failed', MESSAGES.permissionDenied],
    ['cthr_fault_500', 502, 'upstream_unavailable', MESSAGES.unavailable],
    ['cthr_fault_503', 502, 'upstream_unavailable', MESSAGES.unavailable],
    ['cthr_fault_hang', 504, 'upstream_timeout', MESSAGES.timeout],
  ])('%s → %i %s with our own message', async (threadId, status, code, message) => {
    const err = await sdkError(retrieve(threadId));
    const mapped = toApiError(err, { threadId });
    expect(mapped).toMatchObject({ status, body: { error: { code, message } } });
    expectNoKeyFragments(JSON.stringify(mapped));
  });

  it('a wrong key (AuthenticationError) never leaks the key fragments OpenAI quotes', async () => {
    const err = await sdkError(retrieve('cthr_demo_refund_duplicate'), standIn('sk-other'));
    expect(String(err)).toContain(TEST_KEY.slice(-4)); // the SDK message does quote it...
    const mapped = toApiError(err);
    expect(mapped.body.error.code).toBe('upstream_auth_failed');
    expectNoKeyFragments(JSON.stringify(mapped)); // ...ours never does
    expect(JSON.stringify(mapped)).not.toContain('Incorrect API key');
  });

  it('NotFoundError → 404 thread_not_found naming the thread', async () => {
    const err = await sdkError(retrieve('cthr_missing01'));
    expect(toApiError(err, { threadId: 'cthr_missing01' })).toMatchObject({
      status: 404,
      body: {
        error: {
          code: 'thread_not_found',
          message: 'No thread with ID cthr_missing01 was found. Check the ID and try again.',
        },
      },
    });
  });

  it('NotFoundError outside a thread (list endpoint missing) → 502 upstream_unavailable', async () => {
    const err = await sdkError(retrieve('cthr_missing01'));
    expect(toApiError(err).body.error.code).toBe('upstream_unavailable');
  });

  it('RateLimitError → 429 with Retry-After from the upstream header', async () => {
    const err = await sdkError(retrieve('cthr_fault_429'));
    const mapped = toApiError(err);
    expect(mapped.status).toBe(429);
    expect(mapped.headers).toEqual({ 'Retry-After': '3' });
    expect(mapped.body.error).toMatchObject({
      code: 'upstream_rate_limited',
      retryAfterSeconds: 3,
    });
    expect(mapped.body.error.message).toBe(
      'OpenAI is rate-limiting this server. Try again in 3 seconds.',
    );
  });

  it('BadRequestError (unknown cursor) → 400 invalid_request', async () => {
    const err = await sdkError((openai) =>
      openai.beta.chatkit.threads.listItems('cthr_demo_refund_duplicate', { after: 'cthi_nope' }),
    );
    const mapped = toApiError(err);
    expect(mapped).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
    expect(mapped.body.error.message).not.toContain('cthi_nope');
  });

  it.each([
    [422, 400, 'invalid_request'],
    [409, 502, 'upstream_unavailable'],
    [418, 502, 'upstream_unavailable'],
  ])('upstream %i → %i %s', async (upstream, status, code) => {
    const err = await sdkError(retrieve('cthr_x'), jsonFetch(upstream, `leak ${TEST_KEY}`));
    const mapped = toApiError(err);
    expect(mapped).toMatchObject({ status, body: { error: { code } } });
    expectNoKeyFragments(JSON.stringify(mapped));
  });

  it('APIConnectionError → 502 upstream_unavailable', async () => {
    const refuse: Fetch = () => Promise.reject(new TypeError('fetch failed: ECONNREFUSED'));
    const err = await sdkError(retrieve('cthr_x'), refuse);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(toApiError(err)).toMatchObject({
      status: 502,
      body: { error: { code: 'upstream_unavailable', message: MESSAGES.unreachable } },
    });
  });

  it('APIUserAbortError → 504 upstream_timeout', async () => {
    const err = await sdkError((openai) =>
      openai.beta.chatkit.threads.retrieve('cthr_fault_hang', { signal: AbortSignal.timeout(20) }),
    );
    expect(err).toBeInstanceOf(APIUserAbortError);
    expect(toApiError(err).status).toBe(504);
  });
});

describe('toApiError with our own upstream errors', () => {
  it('a body we cannot use → 502 upstream_bad_response', () => {
    expect(toApiError(new UpstreamBadResponseError('malformed JSON (9 characters)'))).toMatchObject(
      {
        status: 502,
        body: { error: { code: 'upstream_bad_response', message: MESSAGES.badResponse } },
      },
    );
  });

  it('a body over the cap → 502 upstream_bad_response saying what an administrator can do', () => {
    const mapped = toApiError(new UpstreamTooLargeError('upstream body over 8388608 bytes'));
    expect(mapped).toMatchObject({
      status: 502,
      body: { error: { code: 'upstream_bad_response', message: MESSAGES.tooLarge } },
    });
    expect(mapped.body.error.message).toContain('limit on upstream responses');
  });
});

describe('errorLogFields', () => {
  it('keeps our code, the upstream status and request id, and nothing upstream wrote', async () => {
    const err = await sdkError(retrieve('cthr_fault_401'));
    const fields = errorLogFields(err, toApiError(err));
    expect(fields).toEqual({
      code: 'upstream_auth_failed',
      status: 502,
      errorName: 'AuthenticationError',
      upstreamStatus: 401,
      upstreamRequestId: expect.stringMatching(/^req_/) as unknown,
    });
  });
});
