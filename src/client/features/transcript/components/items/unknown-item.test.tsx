import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnknownItem } from './unknown-item';

describe('UnknownItem', () => {
  it('names the type and shows the raw JSON', () => {
    const raw = {
      id: 'cthi_9',
      type: 'chatkit.generated_image',
      image: { url: 'javascript:alert(1)' },
    };
    const { container } = render(
      <UnknownItem unknown={{ type: 'chatkit.generated_image', raw, createdAt: 1760531245 }} />,
    );
    expect(screen.getByRole('article', { name: 'Unsupported item' })).toBeTruthy();
    expect(screen.getByText('Unsupported item (type chatkit.generated_image)')).toBeTruthy();
    expect(container.querySelector('time')).toBeTruthy();
    expect(container.querySelector('pre')?.textContent).toContain('"url": "javascript:alert(1)"');
    expect(container.querySelector('a')).toBeNull();
  });

  it('shows "Unknown time" without a timestamp', () => {
    render(<UnknownItem unknown={{ type: 'null', raw: null }} />);
    expect(screen.getByText('Unknown time')).toBeTruthy();
  });
});
