import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { asEntries, makeThreadDetail, makeUserMessage } from '@/client/testing/item-factories';
import { renderWithProviders } from '@/client/testing/render-with-providers';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { ExportActions } from './export-actions';

// The formats chunk is gone from the server, as after a deploy: every download of it fails.
vi.mock('../lib/export-formats', () => {
  throw new TypeError('Importing a module script failed.');
});

const detail = makeThreadDetail({
  id: 'cthr_export',
  created_at: 1795529100,
  title: 'Refund',
  status: { type: 'active' },
  user: 'maria@example.com',
});

const entries = toTranscriptEntries(asEntries([makeUserMessage()]));

describe('ExportActions when the export code cannot be downloaded', () => {
  it('says Threadline was updated at the export buttons, with a Reload button', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderWithProviders(
      <ExportActions
        threadId="cthr_export"
        detail={detail}
        latest={entries}
        loaded={1}
        loadAll={() => Promise.resolve({ entries, pages: [] })}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));

    const exports = screen.getByRole('region', { name: 'Export' });
    const alert = await within(exports).findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Threadline was updated — reload');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
  });
});
