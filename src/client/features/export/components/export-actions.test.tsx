import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  asEntries,
  makeItemsPage,
  makeThreadDetail,
  makeUserMessage,
} from '@/client/testing/item-factories';
import { renderWithProviders } from '@/client/testing/render-with-providers';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { ExportActions } from './export-actions';

const detail = makeThreadDetail({ id: 'cthr_export', created_at: 1795529100, title: 'Refund' });
const raw = makeUserMessage({ id: 'cthi_1', content: [{ type: 'input_text', text: 'Hi' }] });
const entries = toTranscriptEntries(asEntries([raw]));

afterEach(() => {
  vi.restoreAllMocks();
});

function setup(loadAll = () => Promise.resolve({ entries, pages: [makeItemsPage([raw])] })) {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  renderWithProviders(
    <ExportActions
      threadId="cthr_export"
      detail={detail}
      latest={entries}
      loaded={2400}
      loadAll={loadAll}
    />,
  );
  return { user, writeText };
}

describe('ExportActions', () => {
  it('loads the rest of the transcript on demand, saying how far it has got', async () => {
    let finish: () => void = () => undefined;
    const whole = { entries, pages: [makeItemsPage([raw])] };
    const loadAll = vi.fn(
      () => new Promise<typeof whole>((resolve) => (finish = () => resolve(whole))),
    );
    const { user, writeText } = setup(loadAll);
    await user.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    expect(
      await screen.findByText('Loading the whole transcript for export… 2,400 items so far'),
    ).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
    finish();
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('# Refund\n')),
    );
    expect(loadAll).toHaveBeenCalledTimes(1);
  });

  it('says so when the rest of the transcript cannot be loaded', async () => {
    const { user, writeText } = setup(() => Promise.reject(new Error('upstream down')));
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(
      await screen.findByText('The rest of the transcript could not be loaded. Try again.'),
    ).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the Markdown transcript and a masked handoff summary, announcing the result', async () => {
    const { user, writeText } = setup();
    await user.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    // The formatting code loads on the first click, so the copy lands a moment later.
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('# Refund\n')),
    );
    expect(await screen.findByText('Copied')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Copy handoff summary' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('User: m***@example.com')),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Mask e-mail addresses and phone numbers' }),
    );
    await user.click(screen.getByRole('button', { name: 'Copy handoff summary' }));
    await waitFor(() =>
      expect(writeText).toHaveBeenLastCalledWith(
        expect.stringContaining('User: maria.gomez@example.com'),
      ),
    );
  });

  it('says so when the clipboard refuses', async () => {
    const { user, writeText } = setup();
    writeText.mockRejectedValue(new Error('denied'));
    await user.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Copy failed')).toBeTruthy();
  });

  it('downloads the cached raw objects as <threadId>.json through a blob URL', async () => {
    const { user } = setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('cthr_export.json');
      expect(this.href).toBe('blob:test');
    });
    await user.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(click).toHaveBeenCalledOnce();
    expect(blobs).toHaveLength(1);
    const saved = JSON.parse((await blobs[0]?.text()) ?? '') as unknown;
    expect(saved).toEqual({ thread: detail.raw, items: [raw] });
    await waitFor(() => expect(screen.getByText('Downloading cthr_export.json')).toBeTruthy());
  });
});
