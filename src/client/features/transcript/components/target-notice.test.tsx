import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ItemTarget } from '../hooks/use-item-target';
import { TargetNotice } from './target-notice';

function target(state: ItemTarget['state']): ItemTarget {
  return { id: 'cthi_abc', state, index: -1, key: null, navigationKey: 'k' };
}

describe('TargetNotice', () => {
  it('says it is loading until the linked item arrives', () => {
    render(<TargetNotice target={target('loading')} />);
    expect(screen.getByText(/Loading until item/).textContent).toBe(
      'Loading until item cthi_abc …',
    );
  });

  it('says so when the complete transcript does not have the item', () => {
    render(<TargetNotice target={target('missing')} />);
    expect(screen.getByText(/is not in this thread/)).toBeTruthy();
  });

  it('renders nothing once the item is found', () => {
    const { container } = render(<TargetNotice target={target('found')} />);
    expect(container.textContent).toBe('');
  });
});
