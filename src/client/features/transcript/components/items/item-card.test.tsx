import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ItemCard } from './item-card';

const T = 1760531245; // 2025-10-15 12:27:25 UTC

describe('ItemCard', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((T + 3 * 24 * 3600) * 1000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is an article named by its label, with a compact clock time and the full time on hover', () => {
    render(
      <ItemCard label="Customer message" title="Customer" icon="user" tone="customer" createdAt={T}>
        <p>Body</p>
      </ItemCard>,
    );
    const card = screen.getByRole('article', { name: 'Customer message' });
    expect(card).toHaveProperty('textContent', expect.stringContaining('Customer') as unknown);
    const time = card.querySelector('time');
    if (!time) throw new Error('no <time> in the card');
    expect(time.textContent).toMatch(/^\d{1,2}:27(\s?[AP]M)?$/);
    expect(time.getAttribute('title')).toMatch(/October 1[45], 2025/);
    expect(time.getAttribute('title')).toContain('3 days ago');
    expect(time.getAttribute('aria-label')).toBe(time.getAttribute('title'));
    expect(time.getAttribute('dateTime')).toBe('2025-10-15T12:27:25.000Z');
    expect(time.getAttribute('title')).toContain('2025-10-15 12:27:25 UTC');
    expect(screen.getByText('Body')).toBeTruthy();
  });

  it.each([0, undefined, Number.NaN, 'soon'])('shows "Unknown time" for %j', (createdAt) => {
    render(<ItemCard label="Task" title="Task" icon="task" tone="muted" createdAt={createdAt} />);
    expect(screen.getByText('Unknown time')).toBeTruthy();
    expect(document.querySelector('time')).toBeNull();
  });

  it('names what normalisation left out', () => {
    render(
      <ItemCard
        label="Assistant message"
        title="Assistant"
        icon="assistant"
        tone="assistant"
        createdAt={T}
        omitted={['source (entity)', 'content part (null)', 'source (entity)']}
      />,
    );
    expect(screen.getByText('Not shown: source (entity) ×2, content part (null)')).toBeTruthy();
  });
});
