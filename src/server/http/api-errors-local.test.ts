import { describe, expect, it } from 'vitest';
import { expectNoKeyFragments, TEST_KEY } from '@/server/app-test-harness';
import { ApiProblem, toApiError, UpstreamBadResponseError } from './api-errors';

describe('toApiError with our own errors', () => {
  it('passes an ApiProblem through with its headers', () => {
    const problem = new ApiProblem(405, 'method_not_allowed', 'Read-only.', { Allow: 'GET, HEAD' });
    expect(toApiError(problem)).toEqual({
      status: 405,
      body: { error: { code: 'method_not_allowed', message: 'Read-only.' } },
      headers: { Allow: 'GET, HEAD' },
    });
  });

  it('maps a bad upstream body to 502 upstream_bad_response', () => {
    const mapped = toApiError(new UpstreamBadResponseError('thread failed validation at id'));
    expect(mapped).toMatchObject({
      status: 502,
      body: { error: { code: 'upstream_bad_response' } },
    });
  });

  it('maps anything else to 500 internal_error without its message', () => {
    const mapped = toApiError(new Error(`boom ${TEST_KEY}`));
    expect(mapped).toMatchObject({ status: 500, body: { error: { code: 'internal_error' } } });
    expectNoKeyFragments(JSON.stringify(mapped));
    expect(toApiError('a string').status).toBe(500);
  });
});
