import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT,
  parseRecent,
  readRecentRaw,
  RECENT_KEY,
  recordRecent,
  type RecentThread,
} from './recent-store';
import { clearRecent } from './recent-subscribe';

const entry = (id: string, viewedAt: number): RecentThread => ({
  id,
  title: `Title ${id}`,
  status: { type: 'locked', reason: 'Escalated' },
  viewedAt,
});

afterEach(() => {
  window.localStorage.clear();
});

describe('recent store', () => {
  it('records most recent first, deduplicated by ID', () => {
    recordRecent(entry('cthr_a', 1));
    recordRecent(entry('cthr_b', 2));
    recordRecent(entry('cthr_a', 3));
    expect(parseRecent(readRecentRaw()).map((e) => e.id)).toEqual(['cthr_a', 'cthr_b']);
  });

  it(`keeps at most ${String(MAX_RECENT)}`, () => {
    for (let i = 1; i <= MAX_RECENT + 5; i += 1) recordRecent(entry(`cthr_${String(i)}`, i));
    const stored = parseRecent(readRecentRaw());
    expect(stored).toHaveLength(MAX_RECENT);
    expect(stored[0]?.id).toBe(`cthr_${String(MAX_RECENT + 5)}`);
  });

  it('stores only ID, title, status and time', () => {
    recordRecent(entry('cthr_a', 1));
    const raw = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? '[]') as object[];
    expect(Object.keys(raw[0] ?? {}).sort()).toEqual(['id', 'status', 'title', 'viewedAt']);
  });

  it('clears', () => {
    recordRecent(entry('cthr_a', 1));
    clearRecent();
    expect(parseRecent(readRecentRaw())).toEqual([]);
  });

  it.each(['not json', '{"a":1}', 'null', '42', '"cthr_a"'])('survives %j', (raw) => {
    expect(parseRecent(raw)).toEqual([]);
  });

  it('drops bad entries and keeps the good ones', () => {
    const raw = JSON.stringify([
      entry('cthr_good', 5),
      { ...entry('cthr_bad_time', 4), viewedAt: 'yesterday' },
      { ...entry('../etc/passwd', 3) },
      { ...entry('cthr_bad_status', 2), status: { type: 7 } },
      null,
      'cthr_string',
      { ...entry('cthr_no_status', 1), status: null, title: null },
    ]);
    expect(parseRecent(raw).map((e) => e.id)).toEqual(['cthr_good', 'cthr_no_status']);
  });
});
