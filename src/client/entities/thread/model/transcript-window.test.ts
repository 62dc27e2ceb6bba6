import { describe, expect, it } from 'vitest';
import { makeItemsPage, makeUserMessage } from '@/client/testing/item-factories';
import { entryId } from './transcript-item';
import {
  aroundPage,
  fromAscPage,
  fromDescPage,
  newerParam,
  newestAsAround,
  olderParam,
  type WindowPage,
} from './transcript-window';

const items = (...ids: string[]) => ids.map((id) => makeUserMessage({ id }));
const ids = (page: WindowPage) => page.data.map(entryId);

describe('transcript window pages', () => {
  it('turns a newest-first page into reading order', () => {
    const page = fromDescPage(makeItemsPage(items('c', 'b', 'a'), true), false);
    expect(ids(page)).toEqual(['a', 'b', 'c']);
    expect(page).toMatchObject({ hasOlder: true, hasNewer: false });
  });

  it('puts an item between its older and newer neighbours, and says it was found', () => {
    const newer = makeItemsPage(items('x1', 'x2'), true);
    const older = makeItemsPage(items('x', 'w', 'v'), false);
    const page = aroundPage('x', newer, older);
    expect(ids(page)).toEqual(['v', 'w', 'x', 'x1', 'x2']);
    expect(page).toMatchObject({ hasOlder: false, hasNewer: true, target: 'found' });
  });

  it('says an item is missing when the older answer does not start with it', () => {
    const page = aroundPage('x', makeItemsPage(items('y')), makeItemsPage(items('w')));
    expect(page.target).toBe('missing');
    expect(newestAsAround('x', makeItemsPage(items('b', 'a'))).target).toBe('missing');
    expect(newestAsAround('a', makeItemsPage(items('b', 'a'))).target).toBe('found');
  });

  it('continues past the first and last loaded items, and stops on a repeated cursor', () => {
    const page = fromAscPage(makeItemsPage(items('m', 'n'), true), true);
    expect(olderParam(page, [page], [])).toEqual({ kind: 'older', cursor: 'm' });
    expect(newerParam(page, [page], [])).toEqual({ kind: 'newer', cursor: 'n' });
    expect(olderParam(page, [page], [{ kind: 'older', cursor: 'm' }])).toBeUndefined();
    const start = fromAscPage(makeItemsPage(items('a')), false);
    expect(olderParam(start, [start], [])).toBeUndefined();
    expect(newerParam(start, [start], [])).toBeUndefined();
  });
});
