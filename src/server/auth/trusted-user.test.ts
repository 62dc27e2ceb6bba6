import { describe, expect, it } from 'vitest';
import { readAgent } from './trusted-user';

describe('readAgent', () => {
  it('trims the header value', () => {
    expect(readAgent('  maria.gomez@example.com ')).toBe('maria.gomez@example.com');
  });

  it('strips control, bidi and line-separator characters', () => {
    expect(readAgent('ann\u0000@ex\tample.com\u202e\u2028')).toBe('ann@example.com');
    expect(readAgent('evil\r\n{"agent":"root"}')).toBe('evil{"agent":"root"}');
  });

  it('keeps at most 256 characters', () => {
    expect(readAgent('a'.repeat(300))).toHaveLength(256);
  });

  it('treats a missing, empty or unprintable-only value as no agent', () => {
    expect(readAgent(undefined)).toBeUndefined();
    expect(readAgent('')).toBeUndefined();
    expect(readAgent(' \u0007 ')).toBeUndefined();
  });
});
