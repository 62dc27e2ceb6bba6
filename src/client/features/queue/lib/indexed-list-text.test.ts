import { describe, expect, it } from 'vitest';
import { matchingText } from './indexed-list-text';

const counts = { active: 1200, locked: 4, closed: 1, unknown: 0 };

describe('matchingText', () => {
  it('counts the threads of the chosen status', () => {
    expect(matchingText({ status: 'locked', q: null }, counts)).toBe('4 locked threads');
    expect(matchingText({ status: 'closed', q: null }, counts)).toBe('1 closed thread');
  });

  it('counts every status when none is chosen, and names the search', () => {
    expect(matchingText({ status: null, q: 'refund' }, counts)).toBe(
      '1,205 threads matching “refund”',
    );
  });

  it('names the review filter', () => {
    expect(matchingText({ status: 'locked', q: null, review: 'unreviewed' }, counts)).toBe(
      '4 locked threads not yet reviewed',
    );
    expect(matchingText({ status: null, q: 'refund', review: 'mine' }, counts)).toBe(
      '1,205 threads claimed by you matching “refund”',
    );
  });
});
