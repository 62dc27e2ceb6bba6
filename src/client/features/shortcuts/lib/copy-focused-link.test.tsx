import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asEntries, makeUserMessage } from '@/client/testing/item-factories';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { ShortcutAnnouncer } from '../components/shortcut-announcer';
import { copyFocusedLink } from './copy-focused-link';

const entries = toTranscriptEntries(
  asEntries([makeUserMessage({ id: 'cthi_first' }), makeUserMessage({ id: 'cthi_second' })]),
);

function renderRows() {
  userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  render(
    <>
      <ol>
        {entries.map((entry, index) => (
          <li key={entry.key} data-row-index={index}>
            <article tabIndex={-1} aria-label={`Item ${String(index)}`}>
              <button type="button">Raw JSON</button>
            </article>
          </li>
        ))}
      </ol>
      <ShortcutAnnouncer />
    </>,
  );
  return { writeText };
}

afterEach(() => vi.restoreAllMocks());

describe('copyFocusedLink', () => {
  it("copies the focused item's link and says so", async () => {
    const { writeText } = renderRows();
    screen.getByRole('article', { name: 'Item 1' }).focus();
    await act(() => copyFocusedLink('cthr_x', entries));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/threads/cthr_x#cthi_second`);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('works from a control inside the item', async () => {
    const { writeText } = renderRows();
    screen.getAllByRole('button', { name: 'Raw JSON' })[0]?.focus();
    await act(() => copyFocusedLink('cthr_x', entries));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/threads/cthr_x#cthi_first`);
  });

  it('says so when no item holds focus, copying nothing', async () => {
    const { writeText } = renderRows();
    await act(() => copyFocusedLink('cthr_x', entries));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/^No item is focused/);
  });
});
