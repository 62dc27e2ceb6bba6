/** How far a thread's transcript has loaded, as the reading tools need to know it. */
export interface TranscriptProgress {
  loaded: number;
  complete: boolean;
  /** A page said more items follow: the thread is long, whatever has loaded so far. */
  hasMore: boolean;
  /** The upstream said there was more but gave no usable cursor, or the page cap was hit. */
  truncated: boolean;
}

/** "Jump to latest" before the pages in reading order have got to the end. */
export interface NewestControl {
  /** Fetches the newest page, unless everything is loaded already. */
  request: () => void;
  /** The newest items are in `entries` (or everything is loaded): the end can be shown. */
  ready: boolean;
  failed: boolean;
  /** Index in `entries` of the first newest item while earlier ones are still missing. */
  pendingAt: number | null;
}
