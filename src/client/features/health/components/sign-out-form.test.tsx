import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/client/testing/render-with-providers';
import type { AuthKind } from '@/shared/api-contract';
import { healthQueries } from '../api/health-queries';
import { SignOutForm } from './sign-out-form';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const health = (auth: AuthKind) => () => ({ body: { status: 'ok', mode: 'live', auth } });

describe('SignOutForm', () => {
  it('posts to /sign-out when the server uses an access token', async () => {
    stubApi(health('token'));
    renderWithProviders(<SignOutForm />);
    const button = await screen.findByRole('button', { name: 'Sign out' });
    const form = button.closest('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/sign-out');
  });

  it.each(['none', 'sso'] as const)('renders nothing with auth %s', async (auth) => {
    stubApi(health(auth));
    const { container, queryClient } = renderWithProviders(<SignOutForm />);
    const { queryKey } = healthQueries.health();
    await waitFor(() => expect(queryClient.getQueryState(queryKey)?.status).toBe('success'));
    expect(container.innerHTML).toBe('');
  });
});
