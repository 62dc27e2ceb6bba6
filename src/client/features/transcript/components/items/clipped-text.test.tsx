import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClippedText } from './clipped-text';

describe('ClippedText', () => {
  it('shows short text whole, without a toggle', () => {
    render(<ClippedText text={'line one\nline two'} />);
    expect(screen.getByText(/line one/).textContent).toBe('line one\nline two');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('clips long text behind Show more / Show less', async () => {
    const user = userEvent.setup();
    const text = `${'start '.repeat(400)}THE-END`;
    render(<ClippedText text={text} />);

    const toggle = screen.getByRole('button', { name: 'Show more' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(/THE-END/)).toBeNull();
    expect(screen.getByText(/Showing .* of 2,407 characters/)).toBeTruthy();

    await user.click(toggle);
    expect(screen.getByText(/THE-END/)).toBeTruthy();
    const less = screen.getByRole('button', { name: 'Show less' });
    expect(less.getAttribute('aria-expanded')).toBe('true');

    await user.click(less);
    expect(screen.queryByText(/THE-END/)).toBeNull();
  });

  it('passes the visible part to a custom renderer', () => {
    const tall = Array.from({ length: 50 }, (_, i) => `row ${String(i)}`).join('\n');
    render(<ClippedText text={tall}>{(visible) => <pre>{visible}</pre>}</ClippedText>);
    const pre = document.querySelector('pre');
    expect(pre?.textContent).toContain('row 19');
    expect(pre?.textContent).not.toContain('row 20');
  });
});
