import { describe, expect, it } from 'vitest';
import {
  dateFromUnixSeconds,
  describeDay,
  describeTime,
  formatLocalTime,
  formatRelativeTime,
  formatUtcTime,
} from './format-time';

const T = 1760531245; // 2025-10-15 12:27:25 UTC
const NOW = T * 1000;
const en = { now: NOW, locale: 'en-US' };

describe('dateFromUnixSeconds', () => {
  it('reads seconds, not milliseconds', () => {
    expect(dateFromUnixSeconds(T)?.toISOString()).toBe('2025-10-15T12:27:25.000Z');
  });

  it.each([0, -5, Number.NaN, Infinity, undefined, null, '1760531245', {}, 1e300])(
    'treats %j as unknown',
    (input) => {
      expect(dateFromUnixSeconds(input)).toBeNull();
    },
  );
});

describe('formatRelativeTime', () => {
  it.each([
    [T, 'now'],
    [T - 30, '30 seconds ago'],
    [T - 5 * 60, '5 minutes ago'],
    [T - 3 * 3600, '3 hours ago'],
    [T - 24 * 3600, 'yesterday'],
    [T - 3 * 24 * 3600, '3 days ago'],
    [T - 14 * 24 * 3600, '2 weeks ago'],
    [T - 90 * 24 * 3600, '3 months ago'],
    [T - 2 * 365 * 24 * 3600, '2 years ago'],
    [T + 2 * 3600, 'in 2 hours'],
  ])('formats %j relative to now', (seconds, expected) => {
    expect(formatRelativeTime(seconds, en)).toBe(expected);
  });

  it('uses the real clock by default', () => {
    expect(formatRelativeTime(Date.now() / 1000 - 3 * 24 * 3600, { locale: 'en-US' })).toBe(
      '3 days ago',
    );
  });

  it.each([0, undefined, Number.NaN, 'yesterday'])('returns null for %j', (input) => {
    expect(formatRelativeTime(input, en)).toBeNull();
  });
});

describe('exact times', () => {
  it('formats UTC independently of the viewer', () => {
    expect(formatUtcTime(T)).toBe('2025-10-15 12:27:25 UTC');
  });

  it('formats local time in the given zone', () => {
    const local = formatLocalTime(T, { locale: 'en-US', timeZone: 'Europe/Berlin' });
    expect(local).toContain('Oct 15, 2025');
    expect(local).toContain('2:27:25');
    expect(local).toContain('GMT+2');
  });

  it('returns null for missing times', () => {
    expect(formatUtcTime(undefined)).toBeNull();
    expect(formatLocalTime(0)).toBeNull();
  });
});

describe('describeTime', () => {
  it('returns every rendering at once', () => {
    expect(describeTime(T - 3 * 24 * 3600, { ...en, timeZone: 'UTC' })).toEqual({
      iso: '2025-10-12T12:27:25.000Z',
      relative: '3 days ago',
      local: expect.stringContaining('Oct 12, 2025') as unknown,
      utc: '2025-10-12 12:27:25 UTC',
      short: 'Oct 12, 12:27:25 PM',
      clock: '12:27 PM',
      day: 'Sun, Oct 12, 2025',
      dayKey: '2025-10-12',
      full: 'Sunday, October 12, 2025 at 12:27:25 PM UTC',
    });
  });

  it("gives a compact clock time in the viewer's own style", () => {
    expect(describeTime(T, { locale: 'en-GB', timeZone: 'UTC' })?.clock).toBe('12:27');
    expect(describeTime(T, { locale: 'en-US', timeZone: 'Europe/Berlin' })?.clock).toBe('2:27 PM');
  });

  it('tells the calendar day in the chosen zone', () => {
    // 23:30 UTC is already the next day in Berlin.
    const late = Date.UTC(2025, 9, 15, 23, 30) / 1000;
    expect(describeTime(late, { ...en, timeZone: 'UTC' })?.dayKey).toBe('2025-10-15');
    expect(describeTime(late, { ...en, timeZone: 'Europe/Berlin' })?.dayKey).toBe('2025-10-16');
    expect(describeTime(late, { ...en, timeZone: 'Europe/Berlin' })?.day).toBe('Thu, Oct 16, 2025');
  });

  it('puts the date, the time to the second and the zone in the full form', () => {
    const full = describeTime(T, { ...en, timeZone: 'Europe/Berlin' })?.full;
    expect(full).toBe('Wednesday, October 15, 2025 at 2:27:25 PM GMT+2');
  });

  it.each([0, undefined, Number.NaN, null, '2025-10-15'])('returns null for %j', (input) => {
    expect(describeTime(input, en)).toBeNull();
  });
});

describe('describeDay', () => {
  it('gives the same day as describeTime, and null when unknown', () => {
    expect(describeDay(T, { ...en, timeZone: 'UTC' })).toEqual({
      key: '2025-10-15',
      label: 'Wed, Oct 15, 2025',
    });
    expect(describeDay(0)).toBeNull();
  });
});
