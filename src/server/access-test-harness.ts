import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccessOptions } from './auth/access';
import { liveHarness } from './app-test-harness';

export const ACCESS_TOKEN = 'tl-test-access-token-0123456789';
export const INDEX_HTML = '<!doctype html><title>Threadline</title><div id="root"></div>';

/** A throwaway dist/ with the files the access rules treat differently. */
export function makeStaticDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-access-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'sign-in.css'), 'main { margin: 0 }');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A live-mode app that requires ACCESS_TOKEN (plus any other access options). */
export function gatedHarness(staticDir?: string, access: AccessOptions = {}) {
  return liveHarness({ staticDir, access: { accessToken: ACCESS_TOKEN, ...access } });
}

/** The Node bindings getConnInfo reads, so a test can speak from a given client address. */
export const fromAddress = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

type App = ReturnType<typeof gatedHarness>['app'];

export interface SignInOptions {
  token?: string;
  next?: string;
  headers?: Record<string, string>;
  url?: string;
  address?: string;
}

/** POSTs the sign-in form the way a browser on our own page does (Sec-Fetch-Site: same-origin). */
export function signIn(app: App, options: SignInOptions = {}) {
  const form = new URLSearchParams({ token: options.token ?? ACCESS_TOKEN });
  if (options.next !== undefined) form.set('next', options.next);
  // An empty value leaves a default header out, as a non-browser client would.
  const headers = Object.entries({ 'Sec-Fetch-Site': 'same-origin', ...options.headers }).filter(
    ([, value]) => value !== '',
  );
  return app.request(
    options.url ?? '/sign-in',
    {
      method: 'POST',
      body: form,
      headers,
    },
    fromAddress(options.address ?? '198.51.100.7'),
  );
}

/** The `name=value` pair of a Set-Cookie header, ready to send back as Cookie. */
export function cookiePair(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}
