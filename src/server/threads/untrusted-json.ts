/** Small readers for upstream JSON that did not pass the strict SDK shape. */

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
 * unexpected value is kept for display rather than replaced with a wrong one; the browser maps
 * these enums through lookups with neutral fallbacks and never trusts the narrow type.
 */
export function readOpenEnum<T extends string>(value: unknown, fallback: T): T {
  return typeof value === 'string' && value !== '' ? (value as T) : fallback;
}

/** How a value that is not what we expected is named in an omission or an unknown entry. */
export function describeKind(value: unknown): string {
  if (isRecord(value)) {
    return typeof value.type === 'string' && value.type !== '' ? value.type : 'without a type';
  }
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/**
 * Unix seconds, or 0 when absent or unusable (the browser shows 0 as unknown). ISO strings,
 * which the self-hosted ChatKit protocol uses, are converted.
 */
export function readUnixSeconds(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : 0;
  if (typeof value !== 'string' || value.trim() === '') return 0;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms <= 0 ? 0 : Math.floor(ms / 1000);
}

/**
 * Tool arguments, tool output and widgets are JSON text in the hosted API; the self-hosted
 * protocol sends objects, which are serialised (pretty, as the browser shows them).
 */
export function readJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
