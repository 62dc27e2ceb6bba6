/**
 * What a cold visit downloads: every script and stylesheet the browser requests from opening a
 * URL until the page is ready and the network has gone quiet, sized as gzip would send them.
 * Shared by the CI budget test (first-load.demo.spec.ts) and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * Issue 10's budget for a cold deep link to a thread: 125 kB of JavaScript and 10 kB of CSS,
 * gzip, in kB of 1,000 bytes as Vite's build output prints them. The widget renderer (issue 11)
 * is a chunk of its own that only a thread showing a widget on its first screen downloads; it
 * has its own budget on top, so the rest of the page cannot grow into it.
 */
export const FIRST_LOAD_BUDGET = { jsKB: 125, cssKB: 10, widgetKB: 7 } as const;

/** The widget renderer's chunk (items/widget/widget-view.tsx). */
export const isWidgetChunk = (path: string) => /\/widget-view-[\w-]+\.js$/.test(path);

export interface LoadedAsset {
  path: string;
  kind: 'js' | 'css';
  gzipBytes: number;
}

export interface FirstLoad {
  assets: LoadedAsset[];
  jsBytes: number;
  cssBytes: number;
}

/** Bytes in kB (1,000), two decimals. */
export const kb = (bytes: number) => Math.round(bytes / 10) / 100;

function kindOf(contentType: string): LoadedAsset['kind'] | null {
  if (/javascript/.test(contentType)) return 'js';
  if (/text\/css/.test(contentType)) return 'css';
  return null;
}

const bytesOf = (assets: LoadedAsset[], kind: LoadedAsset['kind']) =>
  assets.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.gzipBytes, 0);

/**
 * Opens `url` in `page` (give it a fresh browser context: a cold cache), waits for `ready` and
 * then for the network to be idle, so chunks loaded lazily right after the first render count too.
 */
export async function measureFirstLoad(
  page: Page,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<FirstLoad> {
  const pending: Promise<LoadedAsset | null>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.headers()['content-type'] ?? '');
    if (!kind) return;
    pending.push(
      response.body().then(
        (body) => ({
          path: new URL(response.url()).pathname,
          kind,
          gzipBytes: gzipSync(body).length,
        }),
        () => null,
      ),
    );
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const assets = (await Promise.all(pending)).filter((a): a is LoadedAsset => a !== null);
  return { assets, jsBytes: bytesOf(assets, 'js'), cssBytes: bytesOf(assets, 'css') };
}
