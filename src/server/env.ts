import { z } from 'zod';
import type { AppMode } from '@/shared/api-contract';

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
  logLevel: LogLevel;
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
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
  ),
});

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
  return {
    mode: env.OPENAI_API_KEY === undefined ? 'demo' : 'live',
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    port: env.PORT,
    host: env.HOST,
    upstreamTimeoutMs: env.THREADLINE_UPSTREAM_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
  };
}

/** The one place that reads process.env (lint bans it everywhere else). */
export function readProcessEnv(): ServerEnv {
  return readEnv(process.env);
}
