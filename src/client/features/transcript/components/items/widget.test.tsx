import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toTranscriptEntries } from '@/client/entities/thread/model/transcript-entries';
import { asEntry, makeWidget } from '@/client/testing/item-factories';
import { TranscriptRow } from '../transcript-row';
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

describe('Widget, drawn', () => {
  const drawnLabel = 'Widget (as shown to the customer)';

  it('shows the text while the renderer loads, then the widget as the customer saw it', async () => {
    render(<Widget item={makeWidget()} />);
    expect(screen.getByText('Refund requested: $42.00')).toBeTruthy();
    const group = await screen.findByRole('group', { name: drawnLabel });
    expect(group.textContent).toContain('Refund requested: $42.00');
    expect(screen.getByText('Widget JSON').closest('summary')).toBeTruthy();
  });

  it('leaves a payload that is not a widget root as text', () => {
    render(<Widget item={makeWidget({ widget: '{"type":"Text","value":"Just text"}' })} />);
    expect(screen.getByText('Just text')).toBeTruthy();
    expect(screen.queryByRole('group', { name: drawnLabel })).toBeNull();
  });

  it('marks find matches in the drawn widget under the fields find counts', async () => {
    const item = makeWidget({
      widget: JSON.stringify({
        type: 'Card',
        children: [
          { type: 'Title', value: 'Refund A-1' },
          { type: 'Button', label: 'Track A-1', onClickAction: { type: 'A-1' } },
          { type: 'Select', name: 'n', defaultValue: 'x', options: [{ value: 'x', label: 'A-1' }] },
        ],
      }),
    });
    const [entry] = toTranscriptEntries([asEntry(item)]);
    if (!entry) throw new Error('no entry');
    const row = (occurrence: number) => (
      <TranscriptRow
        entry={entry}
        threadId="cthr_t"
        query="a-1"
        target={false}
        occurrence={occurrence}
        reveal={null}
        onRevealed={() => undefined}
        gap={undefined}
      />
    );
    const view = render(row(0));
    const group = await screen.findByRole('group', { name: drawnLabel });
    // Three texts find counts; the action type is not one of them, so it is not marked.
    expect(group.querySelectorAll('mark')).toHaveLength(3);
    for (const [occurrence, text] of [
      [0, 'Refund A-1'],
      [1, 'Track A-1'],
      [2, 'A-1'],
    ] as const) {
      view.rerender(row(occurrence));
      const current = group.querySelectorAll('mark[data-current]');
      expect(current).toHaveLength(1);
      expect(current[0]?.closest('bdi')?.textContent).toBe(text);
    }
  });
});
