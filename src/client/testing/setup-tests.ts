import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own auto-cleanup.
// The client project shares one DOM between files (isolate: false), so each test also leaves
// storage empty, the real fetch and real timers behind it.
const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  globalThis.fetch = realFetch;
  vi.useRealTimers();
});
