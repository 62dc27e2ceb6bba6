/** Small readers for JSON that came from the API and has not been validated. */

export type UntrustedRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is UntrustedRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readString(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

export function readNullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function readArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Widens a string into one of the SDK's closed enums. The API is in beta and adds values, so an
 * unexpected value is kept for display rather than replaced with a wrong one; every renderer maps
 * these enums through a lookup with a neutral fallback and never trusts the narrow type.
 */
export function readOpenEnum<T extends string>(value: unknown, fallback: T): T {
  return typeof value === 'string' && value !== '' ? (value as T) : fallback;
}

/** How a value that is not what we expected should be named in the UI. */
export function describeKind(value: unknown): string {
  if (isRecord(value)) return typeof value.type === 'string' ? value.type : 'without a type';
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/**
 * Unix seconds from the API, or 0 when absent or unusable (the time helpers show 0 as unknown).
 * ISO strings, which the self-hosted ChatKit protocol uses, are converted.
 */
export function readUnixSeconds(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : 0;
  if (typeof value !== 'string' || value.trim() === '') return 0;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms <= 0 ? 0 : Math.floor(ms / 1000);
}
