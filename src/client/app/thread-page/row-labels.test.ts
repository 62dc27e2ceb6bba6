import { describe, expect, it } from 'vitest';
import type { TranscriptItem } from '@/client/entities/thread/model/transcript-item';
import { rowLabels } from './row-labels';

function at(key: string, createdAt: number | undefined): TranscriptItem {
  return { kind: 'unknown', key, unknown: { type: 'x', raw: {}, createdAt } };
}

const day1 = Date.UTC(2026, 10, 24, 14, 5) / 1000;

describe('rowLabels', () => {
  it('dates the first item and each change of day, and keeps the gaps', () => {
    const entries = [
      at('a', day1),
      at('b', day1 + 60),
      at('c', day1 + 3 * 3600),
      at('d', day1 + 24 * 3600),
    ];
    const gaps = [undefined, undefined, '2 h 59 min later', '21 h later'];
    expect(rowLabels(entries, gaps, 'utc', 'en-US')).toEqual([
      'Tue, Nov 24, 2026',
      undefined,
      '2 h 59 min later',
      'Wed, Nov 25, 2026 · 21 h later',
    ]);
  });

  it('starts a new day at midnight in the chosen clock, even after a short pause', () => {
    const late = Date.UTC(2026, 10, 24, 23, 50) / 1000;
    const entries = [at('a', late), at('b', late + 20 * 60)];
    expect(rowLabels(entries, [], 'utc', 'en-US')).toEqual([
      'Tue, Nov 24, 2026',
      'Wed, Nov 25, 2026',
    ]);
  });

  it('skips items without a usable time', () => {
    const entries = [at('a', undefined), at('b', day1), at('c', undefined), at('d', day1 + 5)];
    expect(rowLabels(entries, [], 'utc', 'en-US')).toEqual([
      undefined,
      'Tue, Nov 24, 2026',
      undefined,
      undefined,
    ]);
  });
});
