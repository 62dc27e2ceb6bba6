import { describe, expect, it } from 'vitest';
import { outcomesByFrequency, outcomeSeries, percentText, seriesCount } from './outcome-series';

const week = (outcomes: Record<string, number>) => ({
  week: '2026-11-23',
  done: Object.values(outcomes).reduce((sum, n) => sum + n, 0),
  outcomes,
  bot_error_rate: null,
});

describe('outcome series', () => {
  const weeks = [
    week({ policy: 1, 'bot error': 2, none: 1 }),
    week({ duplicate: 3, policy: 1, other: 1 }),
  ];

  it('puts bot errors first and done reviews without an outcome last, the rest by frequency', () => {
    expect(outcomesByFrequency(weeks)).toEqual([
      'bot error',
      'duplicate',
      'policy',
      'other',
      'none',
    ]);
    expect(outcomeSeries(weeks, 7).map((s) => s.label)).toEqual([
      'Bot error',
      'Duplicate',
      'Policy',
      'Other',
      'No outcome',
    ]);
  });

  it('adds up the least chosen outcomes once there are more than colours', () => {
    const series = outcomeSeries(weeks, 1);
    expect(series.map((s) => s.label)).toEqual([
      'Bot error',
      'Duplicate',
      '2 more outcomes',
      'No outcome',
    ]);
    const more = series[2];
    expect(more && seriesCount(weeks[1] ?? week({}), more)).toBe(2);
  });
});

describe('percentText', () => {
  it('rounds to whole percents, never hiding a few, with a dash for nothing to divide', () => {
    expect(percentText(0.234)).toBe('23%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(0.001)).toBe('<1%');
    expect(percentText(0.999)).toBe('>99%');
    expect(percentText(1)).toBe('100%');
    expect(percentText(null)).toBe('—');
  });
});
