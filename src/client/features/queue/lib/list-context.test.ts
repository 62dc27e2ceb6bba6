import { beforeEach, describe, expect, it } from 'vitest';
import {
  listKeyOf,
  markWorked,
  positionIn,
  readListContext,
  saveListContext,
  steppableIds,
  type ListContext,
} from './list-context';

const queue: ListContext = {
  key: 'k1',
  label: 'Escalation queue',
  href: '/threads?status=locked',
  ids: ['cthr_a', 'cthr_b', 'cthr_c'],
  worked: 'cthr_a',
};

beforeEach(() => sessionStorage.clear());

describe('list context', () => {
  it('is found again by the key a history entry carries', () => {
    saveListContext(queue);
    expect(readListContext(listKeyOf({ threadlineList: 'k1', threadlineKey: 'x' }))).toEqual(queue);
    expect(readListContext(listKeyOf({ threadlineKey: 'x' }))).toBeNull();
    expect(readListContext(listKeyOf(null))).toBeNull();
  });

  it('records the thread worked last, for focus on Back', () => {
    saveListContext(queue);
    markWorked('k1', 'cthr_c');
    expect(readListContext('k1')?.worked).toBe('cthr_c');
    markWorked('unknown', 'cthr_c');
    expect(readListContext('unknown')).toBeNull();
  });

  it('keeps the ten newest lists and ignores what it cannot read', () => {
    for (let i = 0; i < 12; i += 1) saveListContext({ ...queue, key: `k${String(i)}` });
    expect(readListContext('k0')).toBeNull();
    expect(readListContext('k2')).not.toBeNull();
    expect(readListContext('k11')).not.toBeNull();
    sessionStorage.setItem('threadline:list-contexts', '{not json');
    expect(readListContext('k11')).toBeNull();
    sessionStorage.setItem('threadline:list-contexts', JSON.stringify([{ key: 'k1', ids: [1] }]));
    expect(readListContext('k1')).toBeNull();
  });

  it('says where a thread sits: "2 of 3", with its neighbours', () => {
    expect(positionIn(queue, 'cthr_b')).toEqual({
      index: 2,
      total: 3,
      previous: 'cthr_a',
      next: 'cthr_c',
    });
    expect(positionIn(queue, 'cthr_a')?.previous).toBeNull();
    expect(positionIn(queue, 'cthr_c')?.next).toBeNull();
    expect(positionIn(queue, 'cthr_elsewhere')).toBeNull();
  });

  it('passes by threads other agents have claimed, and counts only the rest', () => {
    const claimed = { ...queue, ids: ['cthr_a', 'cthr_b', 'cthr_c', 'cthr_d'] };
    const withClaims = { ...claimed, claims: { cthr_b: 'Ben', cthr_d: 'Ana' } };
    expect(positionIn(withClaims, 'cthr_a', 'Ana')).toEqual({
      index: 1,
      total: 3,
      previous: null,
      next: 'cthr_c',
    });
    expect(positionIn(withClaims, 'cthr_c', 'Ana')?.next).toBe('cthr_d');
    // Without a name every claim is someone else's.
    expect(positionIn(withClaims, 'cthr_c', null)).toMatchObject({ total: 2, next: null });
  });

  it('keeps the thread being read in the walk even when someone else holds it', () => {
    const claims = { cthr_b: 'Ben' };
    expect(steppableIds(queue.ids, claims, 'Ana', 'cthr_b')).toEqual(queue.ids);
    expect(steppableIds(queue.ids, claims, 'Ana', 'cthr_a')).toEqual(['cthr_a', 'cthr_c']);
  });

  it('keeps the claims with the list, and ignores a list whose claims it cannot read', () => {
    sessionStorage.setItem(
      'threadline:list-contexts',
      JSON.stringify([{ ...queue, claims: { cthr_b: 7 } }]),
    );
    expect(readListContext('k1')).toBeNull();
    saveListContext({ ...queue, claims: { cthr_b: 'Ben' } });
    expect(readListContext('k1')?.claims).toEqual({ cthr_b: 'Ben' });
  });
});
