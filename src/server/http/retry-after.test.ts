import { describe, expect, it } from 'vitest';
import { retryAfterMs, retryAfterSeconds } from './retry-after';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const seconds = (headers: Record<string, string>) => retryAfterSeconds(new Headers(headers), NOW);

describe('retryAfterSeconds', () => {
  it('reads retry-after in seconds', () => {
    expect(seconds({ 'retry-after': '3' })).toBe(3);
    expect(seconds({ 'retry-after': '2.2' })).toBe(3);
  });

  it('prefers retry-after-ms, rounding up to whole seconds', () => {
    expect(seconds({ 'retry-after-ms': '1500', 'retry-after': '30' })).toBe(2);
  });

  it('reads an HTTP date', () => {
    expect(seconds({ 'retry-after': 'Wed, 25 Nov 2026 12:00:42 GMT' })).toBe(42);
  });

  it('defaults to 5 when the header is missing or unreadable', () => {
    expect(seconds({})).toBe(5);
    expect(seconds({ 'retry-after': 'soon' })).toBe(5);
    expect(retryAfterSeconds(undefined)).toBe(5);
  });

  it('clamps to 1–300', () => {
    expect(seconds({ 'retry-after': '0' })).toBe(1);
    expect(seconds({ 'retry-after': 'Wed, 25 Nov 2026 11:00:00 GMT' })).toBe(1);
    expect(seconds({ 'retry-after': '86400' })).toBe(300);
  });
});

describe('retryAfterMs', () => {
  const ms = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), NOW);

  it('reads the wait the way the SDK does: retry-after-ms first, then retry-after', () => {
    expect(ms({ 'retry-after-ms': '250', 'retry-after': '30' })).toBe(250);
    expect(ms({ 'retry-after': '1.5' })).toBe(1500);
    expect(ms({ 'retry-after': 'Wed, 25 Nov 2026 12:00:02 GMT' })).toBe(2000);
  });

  it('is undefined when no wait is stated or readable', () => {
    expect(ms({})).toBeUndefined();
    expect(ms({ 'retry-after': 'soon' })).toBeUndefined();
    expect(ms({ 'retry-after-ms': 'x' })).toBeUndefined();
  });
});
