import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * Code the page asked for could not be downloaded, twice. The usual reason is a deploy: the tab
 * runs the previous build, whose hashed chunks the server no longer has. Only a reload helps.
 */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super('Part of Threadline could not be downloaded.', { cause });
    this.name = 'ChunkLoadError';
  }
}

/**
 * Runs `load` (a dynamic import) and, if it fails, once more: a dropped connection is not a
 * reason to give up. The same URL is fetched again, since browsers no longer keep a failed module
 * fetch in their module map (whatwg/html#10327; Chromium 156 refetches after a 404 or an aborted
 * request). A second failure is a ChunkLoadError.
 */
export async function importWithRetry<M>(load: () => Promise<M>): Promise<M> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (error) {
      throw new ChunkLoadError(error);
    }
  }
}

/** A lazily loaded component that can also be asked to start loading ahead of time. */
export type PreloadableComponent<P extends object> = ComponentType<P> & {
  /** Starts the download; settles once the component can render at once (never rejects). */
  preload: () => Promise<void>;
};

/**
 * React.lazy over importWithRetry: a chunk that cannot be loaded throws a ChunkLoadError. Once
 * the chunk is here (rendered before, or `preload`ed), a new mount renders the component at once
 * rather than suspending for a tick: a page whose code was fetched before the first render
 * paints itself, not its loading fallback first.
 */
export function lazyWithRetry<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): PreloadableComponent<P> {
  let loaded: ComponentType<P> | undefined;
  // One download (tried twice) shared by a preload and the render: a chunk that is gone is
  // asked for twice in all, and the render reports what the preload found.
  let download: Promise<{ default: ComponentType<P> }> | undefined;
  const loadPicked = () =>
    (download ??= importWithRetry(load).then((module) => {
      loaded = pick(module);
      return { default: loaded };
    }));
  const Lazy = lazy(loadPicked);
  function LazyOrLoaded(props: P) {
    // Chosen once per mount: switching from one to the other would remount the page.
    const [Ready] = useState(() => loaded);
    return Ready ? createElement(Ready, props) : createElement(Lazy, props);
  }
  return Object.assign(LazyOrLoaded, {
    preload: () =>
      loadPicked().then(
        () => undefined,
        // A preload that fails is tried again, and reported, when the component is rendered.
        () => undefined,
      ),
  });
}
