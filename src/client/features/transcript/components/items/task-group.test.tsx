import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTaskGroup } from '@/client/testing/item-factories';
import { TaskGroup } from './task-group';

describe('TaskGroup', () => {
  it('lists every task, with a fallback label for empty ones', () => {
    render(<TaskGroup item={makeTaskGroup()} />);
    const card = screen.getByRole('article', { name: 'Task group, 2 tasks' });
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByText('Checked refund policy')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('Refundable within 60 days.')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('Thought')).toBeTruthy();
  });

  it('says when a group has no tasks', () => {
    render(<TaskGroup item={makeTaskGroup({ tasks: [] })} />);
    expect(screen.getByText('No tasks')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Task group, 0 tasks' })).toBeTruthy();
  });

  it('shows many tasks', () => {
    const tasks = Array.from({ length: 60 }, (_, i) => ({
      type: 'custom' as const,
      heading: `Step ${String(i + 1)}`,
      summary: null,
    }));
    render(<TaskGroup item={makeTaskGroup({ tasks })} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
    expect(screen.getByText('Step 60')).toBeTruthy();
  });
});
