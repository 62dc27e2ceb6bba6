import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatKitAttachment } from 'openai/resources/beta/chatkit/threads';
import { PreviewHostsContext } from '@/client/lib/preview-hosts';
import { makeAttachment } from '@/client/testing/item-factories';
import { AttachmentList } from './attachment-list';

/** Rendered as the app renders it: with the server's approved preview hosts in context. */
function renderWithHosts(attachments: ChatKitAttachment[], hosts: readonly string[] = []) {
  return render(
    <PreviewHostsContext value={hosts}>
      <AttachmentList attachments={attachments} />
    </PreviewHostsContext>,
  );
}

describe('AttachmentList', () => {
  it('shows name, kind and MIME type, with a thumbnail and link for an approved host', () => {
    renderWithHosts([makeAttachment()], ['files.example.com']);
    const item = within(screen.getByRole('list', { name: 'Attachments' })).getByRole('listitem');
    expect(within(item).getByText('Image ·', { exact: false })).toBeTruthy();
    expect(within(item).getByText('image/png')).toBeTruthy();

    const img = within(item).getByRole('img', { name: 'Preview of statement.png' });
    expect(img.getAttribute('src')).toBe('https://files.example.com/preview/statement.png');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('loading')).toBe('lazy');

    const link = within(item).getByRole('link', { name: /statement\.png/ });
    expect(link.getAttribute('href')).toBe('https://files.example.com/preview/statement.png');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('requests nothing from a host nobody approved, and names it on the link that would', () => {
    const tracker = 'https://tracker.example/p.png?thread=cthr_x&agent=1';
    const { container } = renderWithHosts([makeAttachment({ preview_url: tracker })]);
    expect(container.querySelector('img')).toBeNull();
    const link = screen.getByRole('link', { name: /Open preview on tracker\.example/ });
    expect(link.getAttribute('href')).toBe(tracker);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('link', { name: /statement\.png/ })).toBeNull();
  });

  it('falls back to an icon when the preview fails to load', () => {
    const { container } = renderWithHosts([makeAttachment()], ['files.example.com']);
    fireEvent.error(screen.getByRole('img'));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTitle('Preview unavailable')).toBeTruthy();
  });

  it.each([
    'javascript:alert(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('loads and links nothing for %j', (url) => {
    const { container } = renderWithHosts([makeAttachment({ preview_url: url })], ['x']);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('statement.png')).toBeTruthy();
  });

  it('never loads SVG or non-https previews, but may link http', () => {
    const { container } = renderWithHosts(
      [
        makeAttachment({
          name: 'logo.svg',
          mime_type: 'image/svg+xml',
          preview_url: 'https://x.example/l.svg',
        }),
        makeAttachment({ name: 'plain.png', preview_url: 'http://x.example/p.png' }),
      ],
      ['x.example'],
    );
    expect(container.querySelector('img')).toBeNull();
    const links = screen.getAllByRole('link', { name: /Open preview on x\.example/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://x.example/l.svg',
      'http://x.example/p.png',
    ]);
  });

  it('labels files, unknown kinds, missing names and missing previews', () => {
    render(
      <AttachmentList
        attachments={[
          makeAttachment({
            type: 'file',
            name: 'receipt.pdf',
            mime_type: 'application/pdf',
            preview_url: null,
          }),
          makeAttachment({ type: 'audio' as 'file', name: '', mime_type: '' }),
        ]}
      />,
    );
    expect(screen.getByText('File ·', { exact: false })).toBeTruthy();
    expect(screen.getByText('Attachment ·', { exact: false })).toBeTruthy();
    expect(screen.getByText('unknown type')).toBeTruthy();
    expect(screen.getByTitle('Unnamed attachment')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /receipt/ })).toBeNull();
  });

  it('renders hostile names as text, with a right-to-left override shown instead of obeyed', () => {
    const name = '<img src=x onerror=alert(1)>\u202Egnp.exe';
    const { container } = render(
      <AttachmentList
        attachments={[makeAttachment({ name, preview_url: null, mime_type: 'text/html' })]}
      />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>⟨U+202E⟩gnp.exe')).toBeTruthy();
    expect(container.textContent).not.toContain('\u202E');
    expect(container.querySelector('img')).toBeNull();
  });
});
