import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeWidget } from '@/client/testing/item-factories';
import { Widget } from './widget';

describe('Widget', () => {
  it('shows the readable text and keeps the JSON one click away', () => {
    render(<Widget item={makeWidget()} />);
    expect(screen.getByRole('article', { name: 'Widget' })).toBeTruthy();
    expect(screen.getByText('Refund requested: $42.00')).toBeTruthy();
    expect(screen.getByText('Card')).toBeTruthy();
    expect(screen.getByText('Widget JSON').closest('summary')).toBeTruthy();
  });

  it('shows an unreadable payload as raw text in a labelled collapsible', () => {
    const raw = '{"type":"Card", <script>alert(1)</script>';
    const { container } = render(<Widget item={makeWidget({ widget: raw })} />);
    expect(screen.getByText('Widget (unreadable payload)').closest('summary')).toBeTruthy();
    expect(screen.getByText(raw)).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
  });

  it('handles an empty payload and a payload without text', () => {
    const { unmount } = render(<Widget item={makeWidget({ widget: '' })} />);
    expect(screen.getByText('Empty widget')).toBeTruthy();
    unmount();
    render(
      <Widget item={makeWidget({ widget: '{"type":"Image","src":"https://x.example/a.png"}' })} />,
    );
    expect(screen.getByText('No readable text in this widget')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
