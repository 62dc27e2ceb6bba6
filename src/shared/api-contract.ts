/**
 * The JSON contract between our browser code and our server. The server validates every upstream
 * body into these shapes, so the browser can trust them; upstream shapes come from `openai`.
 */
import type { ChatKitThread, ChatKitThreadItemList } from 'openai/resources/beta/chatkit/threads';

/** One item of a thread: the SDK exports no alias for the union, so it is derived here. */
export type ThreadItem = ChatKitThreadItemList['data'][number];
export type ThreadItemType = ThreadItem['type'];

/** A thread's status as served: the SDK's three, or one this SDK version does not know. */
export type ThreadStatus =
  | ChatKitThread.Active
  | ChatKitThread.Locked
  | ChatKitThread.Closed
  | { type: 'unknown'; sent_type: string | null; reason: string | null };

/** A thread as served. The SDK's fields, nullable where the API reference's own example omits them. */
export interface ThreadSummary {
  id: string;
  /** Null when absent, not a string, or blank. */
  title: string | null;
  /** Unix seconds; null when absent or unusable (ISO strings are converted). */
  created_at: number | null;
  /** A missing or malformed status is `{ type: 'unknown', sent_type: null, reason: null }`. */
  status: ThreadStatus;
  /** Null when absent, not a string, or empty. */
  user: string | null;
}

/** One transcript entry: a validated SDK item, or an item this viewer cannot show typed. */
export type TranscriptEntry =
  | {
      kind: 'item';
      /** Complete and SDK-shaped; `created_at` is 0 when upstream sent no usable time. */
      item: ThreadItem;
      /** Parts that could not be kept, e.g. "attachment (null)"; absent when none. */
      omitted?: string[];
      /**
       * Upstream's JSON for this item, present only when it differs from `item` (bare type,
       * repaired fields); absent means `item` is exactly what upstream sent.
       */
      raw?: unknown;
    }
  | {
      kind: 'unknown';
      id: string | null;
      /** The type as sent ("chatkit.generated_image"), or "null", "array", "without a type"… */
      type: string;
      created_at: number | null;
      raw: unknown;
    };

/** GET /api/threads/:id */
export interface ThreadDetail {
  thread: ThreadSummary;
  /** Items the retrieve answer carried inline (the API reference's example shape), or null. */
  inline_items: TranscriptEntry[] | null;
  /** The thread exactly as upstream sent it, for "Download JSON". */
  raw: unknown;
}

/** One page of a list endpoint, in the API's envelope. */
export interface ListPage<T> {
  object: 'list';
  data: T[];
  first_id: string | null;
  last_id: string | null;
  has_more: boolean;
}
/** GET /api/threads/:id/items */
export type ItemsPage = ListPage<TranscriptEntry>;
/** GET /api/threads */
export type ThreadsPage = ListPage<ThreadSummary>;

export type AppMode = 'demo' | 'live';

/** How agents prove who they are: nothing, the access token, or an SSO proxy's header. */
export type AuthKind = 'none' | 'token' | 'sso';

export interface HealthBody {
  status: 'ok';
  mode: AppMode;
  auth: AuthKind;
  /**
   * Hosts whose attachment previews the browser may load at once (THREADLINE_PREVIEW_HOSTS,
   * `*.` for subdomains). Previews anywhere else wait for the agent. Public anyway: the CSP
   * header of every response lists them.
   */
  previewHosts: string[];
  /** The shared thread index (GET /api/index/*): off, or how it is doing. */
  index: IndexState;
}

/**
 * The thread index: `off` (THREADLINE_INDEX=off; lists scan the API in the browser),
 * `unavailable` (its database cannot be reached; the same fallback), `indexing` (the first
 * pass is under way; what is there is served) or `ready`.
 */
export type IndexState = 'off' | 'unavailable' | 'indexing' | 'ready';
export const INDEX_STATUSES = ['active', 'locked', 'closed', 'unknown'] as const;
export type IndexStatusName = (typeof INDEX_STATUSES)[number];

/** GET /api/index/status, and with every index answer. */
export interface IndexStatusBody {
  state: IndexState;
  /** Threads in the index. */
  threads: number;
  /** Unix seconds of the last finished pass; null before the first. */
  updated_at: number | null;
}

/** A thread as the index knows it: its summary and when we saw it (Unix seconds). */
export interface IndexedThreadSummary extends ThreadSummary {
  first_seen_at: number;
  last_seen_at: number;
  /** When a change of status or reason was last seen; null until one is. */
  status_changed_at: number | null;
  /** The thread's review in brief; null when nobody has reviewed it (or reviews are down). */
  review?: IndexedReview | null;
}

/** What a queue row shows of a review. */
export interface IndexedReview {
  state: ReviewState;
  claimed_by: string | null;
  outcome: string | null;
}

/** GET /api/index/threads */
export interface IndexThreadsPage {
  object: 'list';
  data: IndexedThreadSummary[];
  /** Pass as `after` for the next page; null on the last. */
  next: string | null;
  /** Threads matching every filter but `status`, per status. */
  counts: Record<IndexStatusName, number>;
  index: IndexStatusBody;
}

/** GET /api/index/overview: the escalation dashboard's figures. */
export interface IndexOverviewBody {
  /** The last 30 UTC days (fewer if the index window is shorter), oldest first, zeros included. */
  days: { day: string; counts: Record<IndexStatusName, number> }[];
  /** Locked threads per reason, most first (top 10); null is "no reason given". */
  locked_by_reason: { reason: string | null; count: number }[];
  locked: number;
  oldest_locked: IndexedThreadSummary | null;
  total: number;
  index: IndexStatusBody;
}

export const API_ERROR_CODES = [
  'invalid_thread_id',
  'invalid_request',
  'not_found',
  'method_not_allowed',
  /** A request body over its route's limit (the sign-in form's is 8 KiB). */
  'payload_too_large',
  'unauthorized',
  'too_many_attempts',
  /** A cross-site browser request: the API answers only pages served from its own origin. */
  'forbidden_origin',
  /** Threadline's own per-client limit (THREADLINE_RATE_LIMIT), not OpenAI's. */
  'rate_limited',
  'thread_not_found',
  'upstream_auth_failed',
  'upstream_rate_limited',
  'upstream_timeout',
  'upstream_unavailable',
  'upstream_bad_response',
  /** THREADLINE_INDEX=off: there is no thread index to ask. */
  'index_off',
  /** The thread index's database cannot be reached right now. */
  'index_unavailable',
  /** Reviews live in our database, which cannot be reached right now. */
  'reviews_unavailable',
  /** A review write whose If-Match names a version that is no longer the current one. */
  'review_conflict',
  /** A review write without If-Match: it must say which version it changes. */
  'precondition_required',
  /** A review, flag or name that breaks a rule (the message says which). */
  'invalid_review',
  /** A write from an agent who has not given a name (PUT /api/me first). */
  'name_required',
  /** A write without the X-Threadline-Write header our pages send. */
  'write_header_missing',
  /** PUT /api/me behind single sign-on: the name is the SSO identity. */
  'name_from_sso',
  'flag_not_found',
  'internal_error',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** Echoed in the X-Request-Id header and the server log line, so a report can be traced. */
    requestId?: string;
    /** Present on 429: how long to wait before trying again. */
    retryAfterSeconds?: number;
  };
}

export const LIST_LIMIT_MAX = 100;
export type ListOrder = 'asc' | 'desc';

export const REVIEW_STATES = ['unreviewed', 'in_review', 'done'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const FLAG_KINDS = ['wrong', 'good', 'needs_attention'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** The longest note a review holds, in characters. */
export const NOTE_MAX_LENGTH = 10_000;
/** The longest comment on a flag, in characters. */
export const FLAG_COMMENT_MAX_LENGTH = 500;
/** The longest display name an agent may give. */
export const AGENT_NAME_MAX_LENGTH = 64;
/** Every review write carries this header (value 1): a cross-site form cannot set it. */
export const WRITE_HEADER = 'X-Threadline-Write';

export interface ReviewFlagBody {
  id: string;
  item_id: string;
  kind: FlagKind;
  comment: string;
  created_by: string;
  /** Unix seconds. */
  created_at: number;
}

/** A thread's review; a thread nobody has reviewed has version 0 and state unreviewed. */
export interface ReviewBody {
  thread_id: string;
  state: ReviewState;
  /** Who holds the claim while in review; null otherwise. */
  claimed_by: string | null;
  claimed_at: number | null;
  outcome: string | null;
  note: string;
  /** What If-Match names (the ETag is its quoted form). */
  version: number;
  updated_at: number | null;
  updated_by: string | null;
  flags: ReviewFlagBody[];
}

/** One change to a review: `field` is state, claimed_by, outcome, note or flag. */
export interface ReviewEventBody {
  id: number;
  at: number;
  agent: string;
  field: string;
  from: string | null;
  to: string | null;
}

/** GET /api/threads/:id/review, and every successful write's answer. */
export interface ReviewResponse {
  review: ReviewBody;
  /** Every change, oldest first. */
  history: ReviewEventBody[];
}

/** PUT /api/threads/:id/review: the whole review as the agent wants it. */
export interface ReviewUpdate {
  state: ReviewState;
  claimed_by: string | null;
  outcome: string | null;
  note: string;
}

/** POST /api/threads/:id/review/flags */
export interface FlagCreate {
  item_id: string;
  kind: FlagKind;
  comment: string;
}

/** 409 review_conflict: the error, and the review as it is now. */
export interface ReviewConflictBody extends ApiErrorBody {
  review: ReviewBody;
}

/** GET/PUT /api/me: who the server will record as making a change. */
export interface AgentBody {
  /** null until the agent gives a name (token or no gate). */
  name: string | null;
  /** sso: the proxy's identity; session/cookie: the name this browser gave. */
  source: 'sso' | 'session' | 'cookie' | null;
  can_change_name: boolean;
  /** THREADLINE_REVIEW_OUTCOMES, in order. */
  outcomes: string[];
}

/** A review in GET /api/reviews, with what the index knows of its thread. */
export interface ReviewListEntry extends Omit<ReviewBody, 'flags'> {
  flags_count: number;
  thread: {
    title: string | null;
    status: IndexStatusName | null;
    status_reason: string | null;
    user: string | null;
  } | null;
}

/** GET /api/reviews */
export interface ReviewsPage {
  object: 'list';
  data: ReviewListEntry[];
  /** Pass as `after` for the next page; null on the last. */
  next: string | null;
}

/** GET /api/reviews/overview: the dashboard's review figures. */
export interface ReviewOverviewBody {
  /** Locked threads in the index by review state (a thread never reviewed is unreviewed). */
  locked_by_state: Record<ReviewState, number>;
  /** The last `weeks` weeks (Monday to Sunday, UTC), oldest first, empty weeks included. */
  weeks: {
    /** The Monday, YYYY-MM-DD. */
    week: string;
    /** Reviews marked done that week (by their last change). */
    done: number;
    /** Done reviews per outcome; "none" for those without one. */
    outcomes: Record<string, number>;
    /** Share of that week's done reviews whose outcome is "bot error"; null without any. */
    bot_error_rate: number | null;
  }[];
  /** The same share over all the weeks shown; null without any done review. */
  bot_error_rate: number | null;
}
