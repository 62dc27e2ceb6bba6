import { describe, expect, it } from 'vitest';
import { SCAN_PAGE_BUDGET, scanMessage, scanPhase, shouldKeepScanning } from './status-scan';

const base = { matched: 3, target: 20, pagesThisRound: 2, hasNextPage: true, blocked: false };

describe('shouldKeepScanning', () => {
  it('continues while too few rows match and more pages exist', () => {
    expect(shouldKeepScanning(base)).toBe(true);
  });

  it.each([
    ['enough matches', { matched: 20 }],
    ['the list ended', { hasNextPage: false }],
    ['a page is in flight or failed', { blocked: true }],
    ['the round budget is spent', { pagesThisRound: SCAN_PAGE_BUDGET }],
  ])('stops when %s', (_, change) => {
    expect(shouldKeepScanning({ ...base, ...change })).toBe(false);
  });
});

describe('scan progress', () => {
  it('names the phase', () => {
    expect(scanPhase(base, false)).toBe('scanning');
    expect(scanPhase({ ...base, matched: 25 }, false)).toBe('paused');
    expect(scanPhase({ ...base, matched: 25 }, true)).toBe('scanning');
    expect(scanPhase({ ...base, hasNextPage: false }, false)).toBe('done');
  });

  it('says how far the scan got', () => {
    expect(scanMessage('scanning', 140, 12, 'locked')).toBe(
      'Scanned 140 threads, 12 locked so far…',
    );
    expect(scanMessage('done', 1, 0, 'closed')).toBe('Scanned all 1 thread: 0 closed.');
    expect(scanMessage('paused', 1000, 3, 'active')).toBe(
      'Scanned 1,000 threads, 3 active so far. Load more to keep scanning.',
    );
  });
});
