import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKeyOf, readListContext } from '@/client/features/queue/lib/list-context';
import type { ListClaims } from '@/client/lib/list-nav';
import { renderWithProviders } from '@/client/testing/render-with-providers';
import { useListNav } from './use-list-nav';

/** A list page on a phone: its rows reported, the first one opened. */
function ListPage({ claims }: { claims: ListClaims | undefined }) {
  const nav = useListNav('Escalation queue');
  const { onIds, onOpen } = nav;
  useEffect(() => onIds(['cthr_a', 'cthr_b', 'cthr_c'], claims), [onIds, claims]);
  return (
    <button type="button" onClick={() => onOpen('cthr_a')}>
      Open the first thread
    </button>
  );
}

const narrow = (query: string) =>
  ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }) as unknown as MediaQueryList;

beforeEach(() => {
  window.matchMedia = narrow;
});
afterEach(() => history.replaceState(null, ''));

describe('a thread opened from a list', () => {
  it('knows its list has reviews even when nobody held a claim, so claims taken since count', async () => {
    renderWithProviders(<ListPage claims={{}} />, { route: '/threads?status=locked' });
    await userEvent.click(screen.getByRole('button', { name: 'Open the first thread' }));
    const context = readListContext(listKeyOf(history.state));
    expect(context).toMatchObject({
      label: 'Escalation queue',
      ids: ['cthr_a', 'cthr_b', 'cthr_c'],
    });
    expect(context?.claims).toEqual({});
  });

  it('has no claims from a list without reviews (the triage board): its pages ask nothing', async () => {
    renderWithProviders(<ListPage claims={undefined} />, { route: '/triage' });
    await userEvent.click(screen.getByRole('button', { name: 'Open the first thread' }));
    expect(readListContext(listKeyOf(history.state))?.claims).toBeUndefined();
  });
});
