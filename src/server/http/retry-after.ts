const DEFAULT_SECONDS = 5;
const MIN_SECONDS = 1;
const MAX_SECONDS = 300;

/**
 * The wait an upstream response asks for, in ms, read as the SDK reads it: retry-after-ms,
 * then retry-after (seconds or an HTTP date). undefined when neither header is readable.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const millis = headers.get('retry-after-ms');
  if (millis !== null && /^\s*\d+(\.\d+)?\s*$/.test(millis)) return Number(millis);

  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value); // Retry-After may also be an HTTP date
  return Number.isNaN(date) ? undefined : date - now;
}

/**
 * Seconds the agent should wait after an upstream 429: retry-after-ms, then retry-after
 * (seconds or HTTP date), default 5, clamped to 1–300 so a wild header cannot stall the UI.
 */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number {
  const millis = headers ? retryAfterMs(headers, now) : undefined;
  if (millis === undefined || !Number.isFinite(millis)) return DEFAULT_SECONDS;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.ceil(millis / 1000)));
}
