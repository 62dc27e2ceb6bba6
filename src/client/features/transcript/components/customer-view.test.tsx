import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomerView } from './customer-view';

describe('CustomerView', () => {
  it('shows a locked thread as a disabled composer with the reason', () => {
    render(<CustomerView status={{ type: 'locked', reason: 'Escalated to billing' }} />);
    const region = screen.getByRole('region', { name: 'What the customer sees' });
    expect(region.textContent).toContain('Escalated to billing');
    expect(screen.getByRole('textbox')).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
  });

  it('falls back to a generic lock message', () => {
    render(<CustomerView status={{ type: 'locked', reason: null }} />);
    expect(screen.getByText('This conversation is locked')).toBeTruthy();
  });

  it('shows the closed banner with its reason', () => {
    render(<CustomerView status={{ type: 'closed', reason: 'Resolved' }} />);
    expect(screen.getByText('This conversation has been closed: Resolved')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('notes that an active conversation can still be written to, and stays neutral otherwise', () => {
    const { unmount } = render(<CustomerView status={{ type: 'active' }} />);
    expect(screen.getByText(/the customer can still write/)).toBeTruthy();
    unmount();
    render(<CustomerView status={{ type: 'unknown', sent_type: 'archived', reason: null }} />);
    expect(screen.getByText(/not clear/)).toBeTruthy();
  });
});
