import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeClientToolCall } from '@/client/testing/item-factories';
import { ClientToolCall } from './client-tool-call';

describe('ClientToolCall', () => {
  it('shows name and status, with arguments and output pretty-printed in collapsible sections', () => {
    render(<ClientToolCall item={makeClientToolCall()} />);
    const card = screen.getByRole('article', { name: 'Tool call lookup_order' });
    expect(within(card).getByText('lookup_order')).toBeTruthy();
    expect(within(card).getByText('Completed')).toBeTruthy();

    const [args, output] = card.querySelectorAll('details');
    expect(args?.querySelector('summary')?.textContent).toBe('Arguments');
    expect(args?.querySelector('pre')?.textContent).toBe('{\n  "order_id": "A-1023"\n}');
    expect(output?.querySelector('summary')?.textContent).toBe('Output');
    expect(output?.querySelector('pre')?.textContent).toBe(
      '{\n  "charges": 2,\n  "amount": 42.0\n}',
    );
  });

  it('shows a running call without output', () => {
    render(<ClientToolCall item={makeClientToolCall({ status: 'in_progress', output: null })} />);
    expect(screen.getByText('Running')).toBeTruthy();
    expect(screen.getByText('No output yet')).toBeTruthy();
  });

  it('says "No output" for a finished call without output', () => {
    render(<ClientToolCall item={makeClientToolCall({ output: null })} />);
    expect(screen.getByText('No output')).toBeTruthy();
  });

  it('shows an unknown status neutrally and raw text that is not JSON', () => {
    render(
      <ClientToolCall
        item={makeClientToolCall({
          status: 'cancelled' as 'completed',
          arguments: '',
          output: 'plain <b>text</b> output',
          name: '',
        })}
      />,
    );
    expect(screen.getByRole('article', { name: 'Tool call unnamed tool' })).toBeTruthy();
    expect(screen.getByText('Status: cancelled')).toBeTruthy();
    expect(screen.getByText('No arguments')).toBeTruthy();
    expect(screen.getByText('Text (not valid JSON, shown as sent)')).toBeTruthy();
    expect(screen.getByText('plain <b>text</b> output')).toBeTruthy();
  });

  it('clips huge output', () => {
    render(
      <ClientToolCall
        item={makeClientToolCall({ output: JSON.stringify({ blob: 'x'.repeat(20_000) }) })}
      />,
    );
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
  });
});
