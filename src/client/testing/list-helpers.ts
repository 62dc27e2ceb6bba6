import { vi } from 'vitest';
import type { ListNav } from '@/client/lib/list-nav';

/** A narrow-screen list's navigation that does nothing: rows are links, nothing is selected. */
export function narrowNav(overrides: Partial<ListNav> = {}): ListNav {
  return {
    split: false,
    selected: null,
    focusId: null,
    onFocused: () => undefined,
    onSelect: () => undefined,
    onOpen: () => undefined,
    onIds: () => undefined,
    ...overrides,
  };
}

/**
 * jsdom has no layout, so its observers never report: this one reports every element as on
 * screen as soon as it is observed. Undo with vi.unstubAllGlobals().
 */
export function everythingOnScreen(): void {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
      observe() {
        this.report([{ isIntersecting: true }]);
      }
      disconnect() {}
    },
  );
}
