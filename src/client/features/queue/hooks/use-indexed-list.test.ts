import { describe, expect, it } from 'vitest';
import { ApiClientError } from '@/client/lib/api-client';
import { fallbackOf } from './use-indexed-list';

describe('fallbackOf', () => {
  it('falls back when the server says the index is off or unreachable', () => {
    expect(fallbackOf('off', null)).toBe('off');
    expect(fallbackOf('unavailable', null)).toBe('unavailable');
  });

  it('falls back when an index answer says so, even if health said ready', () => {
    const down = new ApiClientError(503, 'index_unavailable', 'down');
    expect(fallbackOf('ready', down)).toBe('unavailable');
    expect(fallbackOf('ready', new ApiClientError(503, 'index_off', 'off'))).toBe('off');
  });

  it('keeps the index for other failures: those are shown with a retry', () => {
    expect(fallbackOf('ready', new ApiClientError(0, 'network_error', 'gone'))).toBeNull();
    expect(fallbackOf('indexing', null)).toBeNull();
  });
});
