import { lazy, type ComponentType } from 'react';

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

/** React.lazy over importWithRetry: a chunk that cannot be loaded throws a ChunkLoadError. */
export function lazyWithRetry<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  return lazy(() => importWithRetry(load).then((module) => ({ default: pick(module) })));
}
