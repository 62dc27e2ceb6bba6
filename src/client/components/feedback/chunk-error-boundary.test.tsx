import { render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { ChunkErrorBoundary } from './chunk-error-boundary';

const page = { Page: () => <p>The page</p> };
const fetchFailed = () => new TypeError('Importing a module script failed.');

function renderLazy(load: () => Promise<typeof page>) {
  const Page = lazyWithRetry(load, (module) => module.Page);
  return render(
    <ErrorBoundary fallback={<p>Something else broke</p>}>
      <ChunkErrorBoundary>
        <Suspense fallback={<p>Loading</p>}>
          <Page />
        </Suspense>
      </ChunkErrorBoundary>
    </ErrorBoundary>,
  );
}

// React reports every error a boundary catches on the console.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('ChunkErrorBoundary', () => {
  it('says Threadline was updated, with a Reload button, when a chunk fails twice', async () => {
    const load = vi.fn().mockRejectedValue(fetchFailed());
    renderLazy(load);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Threadline was updated — reload');
    const reload = within(alert).getByRole('button', { name: 'Reload' });
    reload.focus();
    expect(document.activeElement).toBe(reload);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the page when the second try loads it', async () => {
    renderLazy(vi.fn().mockRejectedValueOnce(fetchFailed()).mockResolvedValueOnce(page));
    expect(await screen.findByText('The page')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves any other error to the boundary above', async () => {
    renderLazy(() =>
      Promise.resolve({
        Page: () => {
          throw new Error('a bug');
        },
      }),
    );
    expect(await screen.findByText('Something else broke')).toBeTruthy();
    expect(screen.queryByText(/Threadline was updated/)).toBeNull();
  });
});
