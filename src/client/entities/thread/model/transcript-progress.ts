import type { TranscriptEntry } from '@/shared/api-contract';
import type { TranscriptItem } from './transcript-item';

/** How much of a thread's transcript is loaded, as the reading tools need to know it. */
export interface TranscriptProgress {
  loaded: number;
  /** Every item from the first to the newest is loaded. */
  complete: boolean;
  /** Items older than the first loaded one exist and can be loaded. */
  hasOlder: boolean;
  /** Items newer than the last loaded one exist and can be loaded. */
  hasNewer: boolean;
  /** Loading is under way (on demand or in the background). */
  loading: boolean;
  /** The upstream said there was more but gave no usable cursor, or the page cap was hit. */
  truncated: boolean;
}

/** The whole transcript, once every page is in: rows for the formats, pages for raw JSON. */
export interface WholeTranscript {
  entries: readonly TranscriptItem[];
  pages: readonly { data: readonly TranscriptEntry[] }[];
}

/** Growing the loaded window of a long transcript, and moving it. */
export interface TranscriptLoader {
  /** Loads the page before the first loaded item, if any (scrolling up). */
  loadOlder: () => void;
  /** Loads the page after the last loaded item, if any (scrolling down). */
  loadNewer: () => void;
  /** Loads everything still missing, from both ends; resolves with the complete transcript. */
  loadAll: () => Promise<WholeTranscript>;
  /** Keeps loading from both ends in idle time while true (find is searching). */
  setBackground: (on: boolean) => void;
}

/** "Jump to latest" / "Jump to start": the ends of the thread, whatever is loaded now. */
export interface EndsControl {
  /** Shows the newest items: at once when loaded, else from the newest page. */
  toLatest: () => void;
  /** Shows the first items: at once when loaded, else from the first page. */
  toStart: () => void;
  /** Which end the loaded window reaches. */
  atLatest: boolean;
  atStart: boolean;
  /** The newest page could not be loaded. */
  failed: boolean;
}
