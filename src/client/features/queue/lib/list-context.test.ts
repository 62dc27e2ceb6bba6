import { beforeEach, describe, expect, it } from 'vitest';
import {
  listKeyOf,
  markWorked,
  positionIn,
  readListContext,
  saveListContext,
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
});
