import { describe, expect, it } from 'vitest';
import { countAxis, shortDay } from './chart-scale';

describe('countAxis', () => {
  it('rounds the top up to a round number with round gridlines', () => {
    expect(countAxis(87)).toEqual({ top: 100, ticks: [0, 50, 100] });
    expect(countAxis(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countAxis(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it('draws an empty chart with a 0–1 axis rather than dividing by zero', () => {
    expect(countAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe('shortDay', () => {
  it('names the UTC day whatever the agent’s zone', () => {
    expect(shortDay('2026-11-24')).toBe('Nov 24');
    expect(shortDay('not a day')).toBe('not a day');
  });
});
