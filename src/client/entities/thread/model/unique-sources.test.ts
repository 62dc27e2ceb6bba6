import { describe, expect, it } from 'vitest';
import { uniqueSources } from './unique-sources';

describe('uniqueSources', () => {
  it('drops repeated sources and keeps first-seen order', () => {
    const url = (u: string) => ({ type: 'url' as const, source: { type: 'url' as const, url: u } });
    const file = (f: string) => ({
      type: 'file' as const,
      source: { type: 'file' as const, filename: f },
    });
    expect(
      uniqueSources([
        url('https://a'),
        file('a'),
        url('https://a'),
        file('a'),
        url('a'),
        url('https://b'),
      ]),
    ).toEqual([
      { key: 'url:https://a', kind: 'url', url: 'https://a' },
      { key: 'file:a', kind: 'file', filename: 'a' },
      { key: 'url:a', kind: 'url', url: 'a' },
      { key: 'url:https://b', kind: 'url', url: 'https://b' },
    ]);
  });

  it('returns nothing for no annotations', () => {
    expect(uniqueSources([])).toEqual([]);
  });
});
