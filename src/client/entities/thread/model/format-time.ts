// The API sends Unix SECONDS; Date wants milliseconds. Anything outside Date's range would
// print "Invalid Date", so such values count as unknown.
const MAX_DATE_MS = 8.64e15;

export interface TimeFormatOptions {
  /** Current time in milliseconds; injectable for tests. */
  now?: number;
  /** BCP 47 locale; the browser's by default. */
  locale?: string;
  /** IANA time zone for the local rendering; the browser's by default. */
  timeZone?: string;
}

export interface TimeLabels {
  /** For `<time dateTime>`. */
  iso: string;
  /** "3 days ago". */
  relative: string;
  /** Exact time in the viewer's zone, e.g. "Oct 15, 2025, 2:27:25 PM GMT+2". */
  local: string;
  /** Exact time in UTC, e.g. "2025-10-15 12:27:25 UTC". */
  utc: string;
  /** Date and time to the second, e.g. "Oct 15, 2:27:25 PM". */
  short: string;
  /** Compact clock time for transcript rows, e.g. "2:27 PM" (en-US) or "14:27" (en-GB). */
  clock: string;
  /** The calendar day, e.g. "Wed, Oct 15, 2025", for a day separator. */
  day: string;
  /** The calendar day as "2025-10-15" in the same zone, to tell when the day changes. */
  dayKey: string;
  /** Everything, for a tooltip: "Wednesday, October 15, 2025 at 2:27:25 PM GMT+2". */
  full: string;
}

/** A Date for a Unix-seconds value, or null when the value is missing, 0 or not a usable number. */
export function dateFromUnixSeconds(seconds: unknown): Date | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const ms = seconds * 1000;
  return ms > MAX_DATE_MS ? null : new Date(ms);
}

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const localFormats = new Map<string, Intl.DateTimeFormat>();
const rowFormats = new Map<string, Intl.DateTimeFormat>();

const rowStyles = {
  short: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' },
  clock: { hour: 'numeric', minute: '2-digit' },
  day: { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' },
  // en-CA writes dates as YYYY-MM-DD: a sortable key, whatever the viewer's locale.
  dayKey: { year: 'numeric', month: '2-digit', day: '2-digit' },
  full: { dateStyle: 'full', timeStyle: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters are costly to build and a transcript formats thousands of times: one per style. */
function rowFormat(
  style: keyof typeof rowStyles,
  locale: string | undefined,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}|${timeZone ?? ''}`;
  let format = rowFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(style === 'dayKey' ? 'en-CA' : locale, {
      ...rowStyles[style],
      timeZone,
    });
    rowFormats.set(key, format);
  }
  return format;
}

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(key, format);
  }
  return format;
}

function localFormat(
  locale: string | undefined,
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let format = localFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone });
    localFormats.set(key, format);
  }
  return format;
}

/** "3 days ago", "in 2 hours", "now"; null when the time is unknown. */
export function formatRelativeTime(
  seconds: unknown,
  options: TimeFormatOptions = {},
): string | null {
  const date = dateFromUnixSeconds(seconds);
  if (!date) return null;
  const diffSeconds = (date.getTime() - (options.now ?? Date.now())) / 1000;
  const magnitude = Math.abs(diffSeconds);
  const [unit, size] = UNITS.find(([, unitSeconds]) => magnitude >= unitSeconds) ?? ['second', 1];
  // `|| 0` turns -0 into 0 so "now" is not printed as "0 seconds ago".
  return relativeFormat(options.locale).format(Math.round(diffSeconds / size) || 0, unit);
}

/** Exact time in the viewer's (or the given) time zone; null when unknown. */
export function formatLocalTime(seconds: unknown, options: TimeFormatOptions = {}): string | null {
  const date = dateFromUnixSeconds(seconds);
  return date ? localFormat(options.locale, options.timeZone).format(date) : null;
}

/** Exact time in UTC as "YYYY-MM-DD HH:MM:SS UTC"; null when unknown. */
export function formatUtcTime(seconds: unknown): string | null {
  const date = dateFromUnixSeconds(seconds);
  return date ? `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC` : null;
}

/** Every rendering of one timestamp at once, or null so callers can show "Unknown time". */
export function describeTime(seconds: unknown, options: TimeFormatOptions = {}): TimeLabels | null {
  const date = dateFromUnixSeconds(seconds);
  const relative = formatRelativeTime(seconds, options);
  const local = formatLocalTime(seconds, options);
  const utc = formatUtcTime(seconds);
  if (!date || relative === null || local === null || utc === null) return null;
  const as = (style: keyof typeof rowStyles) =>
    rowFormat(style, options.locale, options.timeZone).format(date);
  return {
    iso: date.toISOString(),
    relative,
    local,
    utc,
    short: as('short'),
    clock: as('clock'),
    day: as('day'),
    dayKey: as('dayKey'),
    full: as('full'),
  };
}

/**
 * The calendar day of a time, lean enough to run over every item of a long transcript: `key`
 * ("2025-10-15") to compare neighbours, `label` ("Wed, Oct 15, 2025") to show. Null when unknown.
 */
export function describeDay(
  seconds: unknown,
  options: TimeFormatOptions = {},
): { key: string; label: string } | null {
  const date = dateFromUnixSeconds(seconds);
  if (!date) return null;
  return {
    key: rowFormat('dayKey', options.locale, options.timeZone).format(date),
    label: rowFormat('day', options.locale, options.timeZone).format(date),
  };
}
