import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, importWithRetry } from './lazy-with-retry';

const fetchFailed = () => new TypeError('Failed to fetch dynamically imported module');

describe('importWithRetry', () => {
  it('tries a failed import once more, and answers with what the second try loaded', async () => {
    const load = vi.fn().mockRejectedValueOnce(fetchFailed()).mockResolvedValueOnce({ answer: 42 });
    await expect(importWithRetry(load)).resolves.toEqual({ answer: 42 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second failure with a ChunkLoadError', async () => {
    const load = vi.fn().mockRejectedValue(fetchFailed());
    const failure = importWithRetry(load);
    await expect(failure).rejects.toBeInstanceOf(ChunkLoadError);
    await expect(failure).rejects.toHaveProperty('cause', expect.any(TypeError));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not import again once it has the module', async () => {
    const load = vi.fn().mockResolvedValue({ answer: 42 });
    await importWithRetry(load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
