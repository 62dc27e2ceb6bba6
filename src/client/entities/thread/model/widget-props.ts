// Readers for ChatKit widget props (chatkit-python `widgets.py`). Each returns a value from a
// fixed set or undefined, so nothing a widget sends reaches the page except through these sets:
// CSS strings, `{ light, dark }` objects and unknown tokens are dropped, never passed on.

/** Spacing steps (ChatKit's unit is 4 px, as Tailwind's); wider spacing is drawn as 4. */
export type Space = 0 | 1 | 2 | 3 | 4;
export type Align = 'start' | 'center' | 'end' | 'baseline' | 'stretch';
export type Justify = 'start' | 'center' | 'end' | 'between';
export type Radius = 'none' | 'sm' | 'md' | 'lg' | 'xl' | 'full';
export type TextAlign = 'start' | 'center' | 'end';
export type Weight = 'normal' | 'medium' | 'semibold' | 'bold';
export type TextSize = 'xs' | 'sm' | 'md' | 'lg' | 'xl';
export type TitleSize = 'sm' | 'md' | 'lg' | 'xl' | '2xl' | '3xl';
/** Text colours, reduced to a palette with enough contrast in both themes. */
export type TextTone =
  'default' | 'secondary' | 'tertiary' | 'success' | 'warning' | 'danger' | 'info' | 'discovery';
export type BadgeTone = 'secondary' | 'success' | 'danger' | 'warning' | 'info' | 'discovery';
/** The colour families the rest of Threadline already uses, so widgets add little CSS. */
export type Hue = 'gray' | 'red' | 'yellow' | 'green' | 'blue';
export type Background =
  { kind: 'surface'; level: 1 | 2 | 3 } | { kind: 'hue'; hue: Hue; strong: boolean };
export type BoxSize = 4 | 6 | 8 | 10 | 12 | 16 | 20 | 24;
export interface Padding {
  x?: Space;
  y?: Space;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` when it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function flag(value: unknown): boolean {
  return value === true;
}

/** A non-blank string, else undefined. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const SPACES: readonly Space[] = [0, 1, 2, 3, 4];

/** A ChatKit spacing unit (a number; CSS strings are dropped), rounded onto our scale. */
export function space(value: unknown): Space | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  return SPACES.reduce((best, step) =>
    Math.abs(step - value) < Math.abs(best - value) ? step : best,
  );
}

/** A number, or `{ x, y, top, … }` with numbers, as horizontal and vertical padding. */
export function padding(value: unknown): Padding | undefined {
  const all = space(value);
  if (all !== undefined) return { x: all, y: all };
  if (!isRecord(value)) return undefined;
  const x = space(value['x']) ?? space(value['left']) ?? space(value['right']);
  const y = space(value['y']) ?? space(value['top']) ?? space(value['bottom']);
  return x === undefined && y === undefined ? undefined : { x, y };
}

const RADII: Record<string, Radius> = {
  none: 'none',
  '2xs': 'sm',
  xs: 'sm',
  sm: 'sm',
  md: 'md',
  lg: 'lg',
  xl: 'xl',
  '2xl': 'xl',
  '3xl': 'xl',
  '4xl': 'xl',
  full: 'full',
  '100%': 'full',
};

export function radius(value: unknown): Radius | undefined {
  return typeof value === 'string' ? RADII[value] : undefined;
}

const SIZES: readonly BoxSize[] = [4, 6, 8, 10, 12, 16, 20, 24];

/** A pixel size (Box and Image `size`) onto a few Tailwind sizes, up to 96 px. */
export function boxSize(value: unknown): BoxSize | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 96) {
    return undefined;
  }
  const units = value / 4;
  return SIZES.reduce((best, step) =>
    Math.abs(step - units) < Math.abs(best - units) ? step : best,
  );
}

const HUES: Record<string, Hue> = {
  gray: 'gray',
  slate: 'gray',
  zinc: 'gray',
  red: 'red',
  rose: 'red',
  orange: 'yellow',
  amber: 'yellow',
  yellow: 'yellow',
  green: 'green',
  emerald: 'green',
  lime: 'green',
  teal: 'blue',
  cyan: 'blue',
  sky: 'blue',
  blue: 'blue',
  indigo: 'blue',
  violet: 'blue',
  purple: 'blue',
  pink: 'red',
  fuchsia: 'red',
};

/** A primitive colour token such as `blue-500`, as a hue and whether it is a strong shade. */
function primitive(value: string): { hue: Hue; strong: boolean } | undefined {
  const match = /^([a-z]+)-(\d{2,3})$/.exec(value);
  const hue = match?.[1] === undefined ? undefined : HUES[match[1]];
  if (!match || hue === undefined) return undefined;
  return { hue, strong: Number(match[2]) >= 400 };
}

const SURFACES: Record<string, 1 | 2 | 3> = {
  surface: 1,
  'surface-elevated': 1,
  'surface-secondary': 2,
  'surface-elevated-secondary': 2,
  'surface-tertiary': 3,
};

export function background(value: unknown): Background | undefined {
  if (typeof value !== 'string') return undefined;
  const level = SURFACES[value];
  if (level !== undefined) return { kind: 'surface', level };
  const color = primitive(value);
  return color && { kind: 'hue', ...color };
}

const TONE_TOKENS: Record<string, TextTone> = {
  prose: 'default',
  primary: 'default',
  emphasis: 'default',
  secondary: 'secondary',
  tertiary: 'tertiary',
  success: 'success',
  warning: 'warning',
  caution: 'warning',
  danger: 'danger',
  info: 'info',
  discovery: 'discovery',
};

const HUE_TONES: Record<Hue, TextTone> = {
  gray: 'secondary',
  red: 'danger',
  yellow: 'warning',
  green: 'success',
  blue: 'info',
};

/** A text colour token or primitive colour, onto our palette. */
export function textTone(value: unknown): TextTone | undefined {
  if (typeof value !== 'string') return undefined;
  const color = primitive(value);
  return TONE_TOKENS[value] ?? (color && HUE_TONES[color.hue]);
}

export const ALIGNS: readonly Align[] = ['start', 'center', 'end', 'baseline', 'stretch'];
const JUSTIFIES: Readonly<Record<string, Justify>> = {
  start: 'start',
  center: 'center',
  end: 'end',
  between: 'between',
  // Close enough for a review, and three fewer rules in the stylesheet.
  around: 'between',
  evenly: 'between',
  stretch: 'start',
};

export function justify(value: unknown): Justify | undefined {
  return typeof value === 'string' ? JUSTIFIES[value] : undefined;
}
export const TEXT_ALIGNS: readonly TextAlign[] = ['start', 'center', 'end'];
export const WEIGHTS: readonly Weight[] = ['normal', 'medium', 'semibold', 'bold'];
export const TEXT_SIZES: readonly TextSize[] = ['xs', 'sm', 'md', 'lg', 'xl'];
export const BADGE_TONES: readonly BadgeTone[] = [
  'secondary',
  'success',
  'danger',
  'warning',
  'info',
  'discovery',
];

/** Title sizes above 3xl would dwarf the transcript around them. */
export function titleSize(value: unknown): TitleSize | undefined {
  const size = oneOf(value, ['sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl'] as const);
  return size === '4xl' || size === '5xl' ? '3xl' : size;
}

/** The `type` of an action config: what the app would have been asked to do. */
export function actionType(value: unknown): string | undefined {
  return isRecord(value) ? text(value['type']) : undefined;
}
