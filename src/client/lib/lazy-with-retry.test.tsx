import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError, importWithRetry, lazyWithRetry } from './lazy-with-retry';

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

describe('lazyWithRetry', () => {
  const page = () =>
    Promise.resolve({ Page: ({ name }: { name: string }) => <h1>Hello {name}</h1> });

  it('shows the fallback while a page that was never loaded downloads', async () => {
    const Page = lazyWithRetry(page, (module) => module.Page);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Hello Ada' })).toBeTruthy();
  });

  it('renders a preloaded page at once, never its fallback', async () => {
    const load = vi.fn(page);
    const Page = lazyWithRetry(load, (module) => module.Page);
    await Page.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page name="Ada" />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('settles a preload that fails, leaving the failure for the page to report', async () => {
    const load = vi.fn(() => Promise.reject(fetchFailed()));
    const Page = lazyWithRetry(load, () => () => null);
    await expect(Page.preload()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
    await Page.preload();
    // One download, tried twice, whoever asks for it.
    expect(load).toHaveBeenCalledTimes(2);
  });
});
