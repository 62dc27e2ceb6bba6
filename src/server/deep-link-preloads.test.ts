import { describe, expect, it } from 'vitest';
import { indexThreadsPath } from '@/shared/api-paths';
import { indexListQuery, readListParams } from '@/shared/list-params';
import { withDeepLinkPreloads } from './deep-link-preloads';

const PAGE = '<html><head><title>Threadline</title></head><body></body></html>';
const on = { indexOn: true };

const preloads = (html: string) =>
  [...html.matchAll(/<link rel="preload" href="([^"]*)"/g)].map((match) => match[1]);

describe('withDeepLinkPreloads on the thread list', () => {
  it('asks for the very first page of the index the list will ask for', () => {
    const search = '?status=locked&q=refund&sort=oldest';
    const html = withDeepLinkPreloads(PAGE, '/threads', search, on);
    const wanted = indexThreadsPath(
      indexListQuery(readListParams(new URLSearchParams(search))) ?? {},
    );
    expect(preloads(html)).toEqual([wanted.replaceAll('&', '&amp;')]);
    expect(wanted).toBe('/api/index/threads?status=locked&q=refund&sort=oldest&limit=20');
  });

  it('writes hostile search text into the page only percent-encoded', () => {
    const html = withDeepLinkPreloads(
      PAGE,
      '/threads',
      `?q=${encodeURIComponent('"><script>alert(1)</script>')}&user=${encodeURIComponent("a'b")}`,
      on,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/href="[^"]*["'<>][^"]*" as=/);
    expect(preloads(html)).toHaveLength(1);
  });

  it('carries the review filter into the same URL', () => {
    const html = withDeepLinkPreloads(PAGE, '/threads', '?status=locked&review=unreviewed', on);
    expect(preloads(html)).toEqual([
      '/api/index/threads?status=locked&amp;sort=newest&amp;review=unreviewed&amp;limit=20',
    ]);
  });

  it('asks for nothing for "mine": the server cannot know whose claims those are', () => {
    expect(withDeepLinkPreloads(PAGE, '/threads', '?status=locked&review=mine', on)).toBe(PAGE);
  });

  it('asks for nothing when the index is off: the list scans the API instead', () => {
    expect(withDeepLinkPreloads(PAGE, '/threads', '?status=locked', { indexOn: false })).toBe(PAGE);
  });
});
