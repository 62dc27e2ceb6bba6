import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./thread-load-error-panels');
  vi.resetModules();
});

describe('ThreadLoadError when its own code cannot be downloaded', () => {
  it('says Threadline cannot be reached, and Try again retries the load', async () => {
    vi.resetModules();
    vi.doMock('./thread-load-error-panels', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { ThreadLoadError } = await import('./thread-load-error');
    const onRetry = vi.fn();
    render(<ThreadLoadError threadId="cthr_x" error={new Error('offline')} onRetry={onRetry} />);

    expect(await screen.findByRole('heading', { name: "Can't reach Threadline" })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
