import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createQueryClient } from '@/client/app/query-client';

/** A fresh QueryClient per test (the app's defaults), inside a router. */
export function renderWithProviders(ui: ReactNode, { route = '/' }: { route?: string } = {}) {
  const queryClient = createQueryClient();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <Router hook={memoryLocation({ path: route }).hook}>{ui}</Router>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

type Reply = { status?: number; body: unknown; headers?: Record<string, string> };
/** `'hang'` never answers, like a request still in flight. */
type Handler = (url: URL) => Reply | 'hang';

/** Stubs window.fetch for /api calls; records every requested URL. */
export function stubApi(handler: Handler): { requests: URL[] } {
  const requests: URL[] = [];
  globalThis.fetch = (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    requests.push(url);
    const reply = handler(url);
    if (reply === 'hang') return new Promise<Response>(() => undefined);
    const { status = 200, body, headers = {} } = reply;
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  };
  return { requests };
}
