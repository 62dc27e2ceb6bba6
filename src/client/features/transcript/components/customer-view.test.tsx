import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomerView } from './customer-view';

function marker() {
  return screen.getByRole('region', { name: 'What the customer sees' });
}

describe('CustomerView', () => {
  it('says in words that a locked thread blocks the customer, and why', () => {
    render(<CustomerView status={{ type: 'locked', reason: 'Escalated to billing' }} />);
    expect(marker().textContent).toContain(
      "Locked — the customer can't send messages (Escalated to billing)",
    );
    expect(marker().textContent).toContain('End of thread');
  });

  it('is no reply box: no text field and no Send button', () => {
    render(<CustomerView status={{ type: 'locked', reason: 'Escalated to billing' }} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when no reason was given', () => {
    render(<CustomerView status={{ type: 'locked', reason: null }} />);
    expect(marker().textContent).toContain(
      "Locked — the customer can't send messages (no reason given)",
    );
  });

  it('says a closed thread blocks the customer, with its reason', () => {
    render(<CustomerView status={{ type: 'closed', reason: 'Resolved' }} />);
    expect(marker().textContent).toContain("Closed — the customer can't send messages (Resolved)");
  });

  it('notes that an active conversation can still be written to, and stays neutral otherwise', () => {
    const { unmount } = render(<CustomerView status={{ type: 'active' }} />);
    expect(marker().textContent).toContain('Active — the customer can still write');
    unmount();
    render(<CustomerView status={{ type: 'unknown', sent_type: 'archived', reason: null }} />);
    expect(marker().textContent).toContain('not clear');
  });
});
