import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Collapsible } from '@/client/components/ui/collapsible';
import { DetailsContext } from '@/client/components/ui/details-context';
import { TIME_ZONE_STORAGE_KEY, useViewState } from '../hooks/use-view-state';
import { ItemTime } from './items/item-time';
import { TimeZoneContext } from './items/time-zone-context';
import { ViewControls } from './view-controls';

const T = Date.UTC(2026, 10, 24, 14, 5, 0) / 1000;

function Harness() {
  const view = useViewState();
  return (
    <TimeZoneContext value={view.timeZone}>
      <DetailsContext value={view.details}>
        <ViewControls view={view} shown={8} total={12} onShowShortcuts={() => undefined} />
        <Collapsible summary="Arguments">args</Collapsible>
        <Collapsible summary="Output">out</Collapsible>
        <ItemTime seconds={T} />
      </DetailsContext>
    </TimeZoneContext>
  );
}

function openDetails(): number {
  return document.querySelectorAll('details[open]').length;
}

describe('ViewControls', () => {
  afterEach(() => localStorage.clear());

  it('expands and collapses every details, and each still toggles on its own after', () => {
    render(<Harness />);
    expect(openDetails()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(openDetails()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(openDetails()).toBe(0);

    const first = document.querySelector('details');
    if (!first) throw new Error('no details');
    first.open = true;
    fireEvent(first, new Event('toggle'));
    expect(openDetails()).toBe(1);
    // Asking again for the same state still applies.
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(openDetails()).toBe(0);
  });

  it('says how many items "Conversation only" leaves', () => {
    render(<Harness />);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Conversation only' }));
    expect(screen.getByRole('status').textContent).toBe('Showing 8 of 12 items');
  });

  it('switches item times to UTC and remembers the choice', () => {
    const { unmount } = render(<Harness />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Times' }), {
      target: { value: 'utc' },
    });
    expect(document.querySelector('time')?.textContent).toMatch(/^(2:05\s?PM|14:05) UTC$/);
    expect(localStorage.getItem(TIME_ZONE_STORAGE_KEY)).toBe('utc');
    unmount();
    render(<Harness />);
    expect(screen.getByRole('combobox', { name: 'Times' })).toHaveProperty('value', 'utc');
  });
});
