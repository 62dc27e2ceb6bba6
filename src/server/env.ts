import { z } from 'zod';
import type { AppMode } from '@/shared/api-contract';
import { isAddressOrRange } from './http/client-address';
import { isLoopbackHost } from './loopback-host';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerEnv {
  mode: AppMode;
  /** Present only in live mode. Never log it or put it in a message. */
  apiKey: string | undefined;
  /** undefined means the SDK's default (https://api.openai.com/v1). */
  baseURL: string | undefined;
  port: number;
  host: string;
  upstreamTimeoutMs: number;
  /** Largest upstream body accepted, counted on the wire and again decoded. */
  maxUpstreamBytes: number;
  /** How long a successful upstream answer is reused; 0 disables the cache (not coalescing). */
  cacheTtlMs: number;
  /** Requests per minute per client on the thread API; 0 disables the limit. */
  rateLimitPerMinute: number;
  logLevel: LogLevel;
  /** Shared secret agents sign in with. Never log it or put it in a message. */
  accessToken: string | undefined;
  /** Header an SSO proxy sets to the signed-in agent, e.g. X-Forwarded-Email. */
  trustedUserHeader: string | undefined;
  /** Hosts whose attachment previews load at once (THREADLINE_PREVIEW_HOSTS); lower case. */
  previewHosts: string[];
  /** Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client. */
  trustedProxies: string[];
  /** Test-only: how long each call to demo mode's in-process stand-in takes, in ms. */
  demoLatencyMs: number;
  /** Demo mode: how many generated threads join the hand-made samples (THREADLINE_DEMO_THREADS). */
  demoThreads: number;
  /** Our own database: PostgreSQL at this URL, else SQLite in dataDir. Never log the URL. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** The shared thread index and its indexer; false falls back to scanning in the browser. */
  indexEnabled: boolean;
  indexDays: number;
  indexHeadIntervalMs: number;
  indexWindowIntervalMs: number;
  indexMaxRps: number;
  /** The outcomes a review may record (THREADLINE_REVIEW_OUTCOMES), in the order offered. */
  reviewOutcomes: string[];
  /** Review writes per minute per agent (THREADLINE_WRITE_RATE_LIMIT); 0 disables the limit. */
  writeRateLimitPerMinute: number;
}

export class InvalidEnvError extends Error {
  override name = 'InvalidEnvError';
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

function integerVar(name: string, min: number, max: number, fallback: number) {
  const rule = `${name} must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, rule)
      .transform(Number)
      .pipe(z.number().min(min, rule).max(max, rule))
      .default(fallback),
  );
}

/** A DNS name, optionally `*.` for its subdomains, as a CSP host source accepts it. */
const PREVIEW_HOST =
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

const previewHostsVar = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter((host) => host !== ''),
    )
    .refine(
      (hosts) => hosts.every((host) => PREVIEW_HOST.test(host)),
      'THREADLINE_PREVIEW_HOSTS must be comma-separated host names such as files.example.com or *.cdn.example.com (no scheme, port or path)',
    ),
);

export const DEFAULT_REVIEW_OUTCOMES = [
  'resolved by agent',
  'bot error',
  'missing knowledge',
  'policy',
  'needs engineering',
  'duplicate',
  'other',
];

const OUTCOME_MAX_LENGTH = 60;

const reviewOutcomesVar = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((value) =>
      value === undefined
        ? DEFAULT_REVIEW_OUTCOMES
        : [...new Set(value.split(',').map((outcome) => outcome.trim()))].filter(
            (outcome) => outcome !== '',
          ),
    )
    .refine(
      (outcomes) =>
        outcomes.length > 0 &&
        outcomes.length <= 50 &&
        outcomes.every(
          (outcome) => outcome.length <= OUTCOME_MAX_LENGTH && !/[\p{Cc}\p{Cf}]/u.test(outcome),
        ),
      `THREADLINE_REVIEW_OUTCOMES must be 1 to 50 comma-separated outcomes of at most ${OUTCOME_MAX_LENGTH} printable characters`,
    ),
);

/** RFC 9110 token characters: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Headers a browser sends or controls itself: naming one would let any visitor claim to be
 * anyone, so only a header the SSO proxy sets (and strips from client requests) may be used.
 */
const BROWSER_HEADER =
  /^(host|cookie|authorization|origin|referer|user-agent|accept(-.*)?|connection|content-.*|sec-.*)$/i;

const PROXIES_RULE =
  'THREADLINE_TRUSTED_PROXIES must list IP addresses or CIDR ranges separated by commas, e.g. 127.0.0.1, 10.0.0.0/8';

const EnvSchema = z.object({
  OPENAI_API_KEY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\S+$/, 'OPENAI_API_KEY contains spaces or line breaks; set it to the key alone')
      .optional(),
  ),
  OPENAI_BASE_URL: z.preprocess(
    blankToUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: 'OPENAI_BASE_URL must be an http:// or https:// URL',
      })
      .optional(),
  ),
  PORT: integerVar('PORT', 1, 65535, 8787),
  HOST: z.preprocess(
    blankToUndefined,
    z.string().regex(/^\S+$/, 'HOST must be a host name or IP address').default('127.0.0.1'),
  ),
  THREADLINE_UPSTREAM_TIMEOUT_MS: integerVar('THREADLINE_UPSTREAM_TIMEOUT_MS', 100, 120000, 10000),
  // 1–128 MiB: an upstream call in flight holds a few times this (bytes, text, parsed JSON).
  THREADLINE_MAX_UPSTREAM_BYTES: integerVar(
    'THREADLINE_MAX_UPSTREAM_BYTES',
    1_048_576,
    134_217_728,
    8_388_608,
  ),
  THREADLINE_CACHE_TTL_MS: integerVar('THREADLINE_CACHE_TTL_MS', 0, 60000, 3000),
  THREADLINE_RATE_LIMIT: integerVar('THREADLINE_RATE_LIMIT', 0, 1000000, 600),
  THREADLINE_ACCESS_TOKEN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(
        /^\S{16,}$/,
        'THREADLINE_ACCESS_TOKEN must be at least 16 characters with no spaces or line breaks',
      )
      .optional(),
  ),
  THREADLINE_TRUSTED_USER_HEADER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(HEADER_NAME, 'THREADLINE_TRUSTED_USER_HEADER must be an HTTP header name')
      .refine(
        (name) => !BROWSER_HEADER.test(name),
        'THREADLINE_TRUSTED_USER_HEADER must name a header your SSO proxy sets, not one browsers send',
      )
      .optional(),
  ),
  THREADLINE_PREVIEW_HOSTS: previewHostsVar,
  THREADLINE_TRUSTED_PROXIES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((list) => list.split(/[\s,]+/).filter((entry) => entry !== ''))
      .pipe(
        z.array(
          z
            .string()
            .refine(isAddressOrRange, PROXIES_RULE)
            // Trusting every address would let any client name itself in X-Forwarded-For.
            .refine(
              (entry) => !/\/0+$/.test(entry),
              'THREADLINE_TRUSTED_PROXIES must not trust every address (a /0 range)',
            ),
        ),
      )
      .default([]),
  ),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL must be a postgres:// or postgresql:// URL (unset, Threadline uses SQLite in THREADLINE_DATA_DIR)',
      )
      .optional(),
  ),
  THREADLINE_DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  THREADLINE_INDEX: z.preprocess(
    blankToUndefined,
    z.enum(['on', 'off'], { error: 'THREADLINE_INDEX must be on or off' }).default('on'),
  ),
  THREADLINE_INDEX_DAYS: integerVar('THREADLINE_INDEX_DAYS', 1, 365, 30),
  THREADLINE_INDEX_HEAD_INTERVAL_MS: integerVar(
    'THREADLINE_INDEX_HEAD_INTERVAL_MS',
    1000,
    3_600_000,
    30_000,
  ),
  THREADLINE_INDEX_WINDOW_INTERVAL_MS: integerVar(
    'THREADLINE_INDEX_WINDOW_INTERVAL_MS',
    10_000,
    86_400_000,
    600_000,
  ),
  THREADLINE_INDEX_MAX_RPS: integerVar('THREADLINE_INDEX_MAX_RPS', 1, 100, 2),
  THREADLINE_REVIEW_OUTCOMES: reviewOutcomesVar,
  THREADLINE_WRITE_RATE_LIMIT: integerVar('THREADLINE_WRITE_RATE_LIMIT', 0, 1000000, 120),
  // Test-only: lets demo mode feel like the hosted API (a few hundred ms a call) for benches.
  THREADLINE_DEMO_LATENCY_MS: integerVar('THREADLINE_DEMO_LATENCY_MS', 0, 60000, 0),
  // Demo mode's generated threads besides the hand-made samples: a realistic queue to index.
  THREADLINE_DEMO_THREADS: integerVar('THREADLINE_DEMO_THREADS', 0, 50_000, 3000),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
  ),
});

/**
 * A live server holds a key that reads every customer conversation, so it may listen beyond
 * this machine only when something decides who may look.
 */
function refuseUnguardedLiveServer(
  mode: AppMode,
  host: string,
  access: { THREADLINE_ACCESS_TOKEN?: string; THREADLINE_TRUSTED_USER_HEADER?: string },
): void {
  if (mode === 'demo' || isLoopbackHost(host)) return;
  if (access.THREADLINE_ACCESS_TOKEN !== undefined) return;
  if (access.THREADLINE_TRUSTED_USER_HEADER !== undefined) return;
  throw new InvalidEnvError(
    `Refusing to start: HOST ${host} is reachable from other machines, and this server holds a key that can read every customer conversation. Set THREADLINE_ACCESS_TOKEN (a shared secret agents sign in with) or THREADLINE_TRUSTED_USER_HEADER (behind an SSO proxy), or set HOST=127.0.0.1.`,
  );
}

/**
 * Parses the server's configuration. Pure: pass `process.env` (see readProcessEnv) or a test
 * object. Throws InvalidEnvError with one line naming each bad variable, never echoing a value.
 */
export function readEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);
    throw new InvalidEnvError(`Invalid configuration: ${[...new Set(problems)].join('; ')}.`);
  }
  const env = parsed.data;
  const mode = env.OPENAI_API_KEY === undefined ? 'demo' : 'live';
  refuseUnguardedLiveServer(mode, env.HOST, env);
  return {
    mode,
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    port: env.PORT,
    host: env.HOST,
    upstreamTimeoutMs: env.THREADLINE_UPSTREAM_TIMEOUT_MS,
    maxUpstreamBytes: env.THREADLINE_MAX_UPSTREAM_BYTES,
    cacheTtlMs: env.THREADLINE_CACHE_TTL_MS,
    rateLimitPerMinute: env.THREADLINE_RATE_LIMIT,
    logLevel: env.LOG_LEVEL,
    accessToken: env.THREADLINE_ACCESS_TOKEN,
    trustedUserHeader: env.THREADLINE_TRUSTED_USER_HEADER,
    previewHosts: [...new Set(env.THREADLINE_PREVIEW_HOSTS)],
    trustedProxies: env.THREADLINE_TRUSTED_PROXIES,
    demoLatencyMs: env.THREADLINE_DEMO_LATENCY_MS,
    demoThreads: env.THREADLINE_DEMO_THREADS,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.THREADLINE_DATA_DIR,
    indexEnabled: env.THREADLINE_INDEX === 'on',
    indexDays: env.THREADLINE_INDEX_DAYS,
    indexHeadIntervalMs: env.THREADLINE_INDEX_HEAD_INTERVAL_MS,
    indexWindowIntervalMs: env.THREADLINE_INDEX_WINDOW_INTERVAL_MS,
    indexMaxRps: env.THREADLINE_INDEX_MAX_RPS,
    reviewOutcomes: env.THREADLINE_REVIEW_OUTCOMES,
    writeRateLimitPerMinute: env.THREADLINE_WRITE_RATE_LIMIT,
  };
}

/** The one place that reads process.env (lint bans it everywhere else). */
export function readProcessEnv(): ServerEnv {
  return readEnv(process.env);
}
