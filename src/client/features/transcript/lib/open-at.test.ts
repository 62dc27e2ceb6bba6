import { describe, expect, it } from 'vitest';
import { OPEN_AT_STORAGE_KEY, opensAtEnd, readOpenAt, storeOpenAt } from './open-at';

describe('where a thread opens', () => {
  it('opens locked and closed threads at the newest items by default, active ones at the start', () => {
    expect(opensAtEnd('by-status', 'locked')).toBe(true);
    expect(opensAtEnd('by-status', 'closed')).toBe(true);
    expect(opensAtEnd('by-status', 'active')).toBe(false);
    expect(opensAtEnd('by-status', 'unknown')).toBe(false);
  });

  it("follows the agent's choice for every thread", () => {
    expect(opensAtEnd('start', 'locked')).toBe(false);
    expect(opensAtEnd('newest', 'active')).toBe(true);
  });

  it('remembers the choice and ignores anything else stored under its key', () => {
    expect(readOpenAt()).toBe('by-status');
    storeOpenAt('newest');
    expect(readOpenAt()).toBe('newest');
    localStorage.setItem(OPEN_AT_STORAGE_KEY, 'sideways');
    expect(readOpenAt()).toBe('by-status');
  });
});
