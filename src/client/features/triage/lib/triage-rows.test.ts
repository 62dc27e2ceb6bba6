import { describe, expect, it } from 'vitest';
import { readStatus } from '@/client/entities/thread/model/read-status';
import { ApiClientError } from '@/client/lib/api-client';
import type { ThreadStatus } from '@/shared/api-contract';
import { makeThreadSummary } from '@/client/testing/item-factories';
import {
  MAX_TRIAGE_IDS,
  readTriageIds,
  readTriageSort,
  sortRows,
  summarizeRows,
  toRowState,
  writeTriageSort,
} from './triage-rows';

const thread = (status: ThreadStatus) => makeThreadSummary({ id: 'cthr_a', status });
const ok = { id: 'cthr_a', valid: true };

describe('toRowState', () => {
  it('flags a malformed ID without looking at any query', () => {
    expect(toRowState({ id: 'cthr_x', valid: false })).toEqual({ kind: 'invalid' });
  });

  it('tells not-found apart from other failures', () => {
    const notFound = new ApiClientError(404, 'thread_not_found', 'No thread');
    const timeout = new ApiClientError(504, 'upstream_timeout', 'Slow');
    expect(toRowState(ok, { error: notFound })).toEqual({ kind: 'not_found' });
    expect(toRowState(ok, { error: timeout })).toEqual({ kind: 'failed', error: timeout });
    expect(toRowState(ok, { error: null })).toEqual({ kind: 'loading' });
  });

  it('puts data first, even after a failed refresh', () => {
    const data = thread({ type: 'locked', reason: 'Escalated' });
    const state = toRowState(ok, { data, error: new Error('refresh failed') });
    expect(state).toEqual({ kind: 'loaded', thread: data, status: readStatus(data.status) });
  });
});

describe('summarizeRows', () => {
  it('counts each outcome', () => {
    const loaded = (type: 'locked' | 'closed') =>
      toRowState(ok, { data: thread({ type, reason: null }), error: null });
    expect(
      summarizeRows([loaded('locked'), loaded('closed'), { kind: 'not_found' }, loaded('closed')]),
    ).toBe('4 threads: 1 locked, 2 closed, 1 not found');
    expect(summarizeRows([{ kind: 'invalid' }])).toBe('1 thread: 1 invalid ID');
    expect(summarizeRows([])).toBe('0 threads');
  });
});

describe('readTriageIds', () => {
  it('caps the board', () => {
    const text = Array.from({ length: 60 }, (_, i) => `cthr_${String(i)}`).join(',');
    const { shown, total } = readTriageIds(text);
    expect(shown).toHaveLength(MAX_TRIAGE_IDS);
    expect(total).toBe(60);
  });
});

describe('sortRows', () => {
  const row = (id: string, kind: 'locked' | 'active' | 'loading') => ({
    id,
    state:
      kind === 'loading'
        ? ({ kind: 'loading' } as const)
        : toRowState(
            { id, valid: true },
            { data: thread({ type: kind } as ThreadStatus), error: null },
          ),
  });
  const rows = [row('a', 'active'), row('b', 'locked'), row('c', 'loading'), row('d', 'locked')];

  it('puts locked threads first, keeping the pasted order within each group', () => {
    expect(sortRows(rows, 'locked-first').map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortRows(rows, 'pasted').map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('remembers the choice on this browser', () => {
    expect(readTriageSort()).toBe('pasted');
    writeTriageSort('locked-first');
    expect(readTriageSort()).toBe('locked-first');
  });
});
