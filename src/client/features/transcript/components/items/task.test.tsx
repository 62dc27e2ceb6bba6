import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTask } from '@/client/testing/item-factories';
import { Task } from './task';

describe('Task', () => {
  it('shows heading and summary', () => {
    render(
      <Task
        item={makeTask({ heading: 'Looking up the order', summary: 'Found it.\nTwo charges.' })}
      />,
    );
    expect(screen.getByRole('article', { name: 'Thought: Looking up the order' })).toBeTruthy();
    expect(screen.getByText('Looking up the order')).toBeTruthy();
    expect(screen.getByText(/Found it\./).textContent).toBe('Found it.\nTwo charges.');
  });

  it.each([
    ['thought', 'Thought'],
    ['custom', 'Task'],
    ['future_kind', 'Task'],
  ] as const)('falls back to the %j label when heading and summary are null', (type, label) => {
    render(<Task item={makeTask({ task_type: type as 'custom', heading: null, summary: null })} />);
    expect(screen.getByRole('article', { name: label })).toBeTruthy();
    expect(screen.getByText(label)).toBeTruthy();
  });
});
