import type {
  Align,
  Background,
  BadgeTone,
  BoxSize,
  Justify,
  Padding,
  Radius,
  Space,
  TextAlign,
  TextSize,
  TextTone,
  TitleSize,
  Weight,
} from '@/client/entities/thread/model/widget-props';

// Every class a widget can get is listed here in full: widget props only choose between these
// keys, so no string a widget sends ever becomes a class name or a style.

export const gapClass: Record<Space, string> = {
  0: 'gap-0',
  1: 'gap-1',
  2: 'gap-2',
  3: 'gap-3',
  4: 'gap-4',
};

const padX: Record<Space, string> = {
  0: 'px-0',
  1: 'px-1',
  2: 'px-2',
  3: 'px-3',
  4: 'px-4',
};

const padY: Record<Space, string> = {
  0: 'py-0',
  1: 'py-1',
  2: 'py-2',
  3: 'py-3',
  4: 'py-4',
};

export function paddingClass(padding: Padding | undefined): string {
  if (!padding) return '';
  return [
    padding.x === undefined ? '' : padX[padding.x],
    padding.y === undefined ? '' : padY[padding.y],
  ].join(' ');
}

export const alignClass: Record<Align, string> = {
  start: 'items-start',
  center: 'items-center',
  end: 'items-end',
  baseline: 'items-baseline',
  stretch: 'items-stretch',
};

export const justifyClass: Record<Justify, string> = {
  start: 'justify-start',
  center: 'justify-center',
  end: 'justify-end',
  between: 'justify-between',
};

export const radiusClass: Record<Radius, string> = {
  none: 'rounded-none',
  sm: 'rounded-sm',
  md: 'rounded-md',
  lg: 'rounded-lg',
  xl: 'rounded-xl',
  full: 'rounded-full',
};

export const sizeClass: Record<BoxSize, string> = {
  4: 'size-4',
  6: 'size-6',
  8: 'size-8',
  10: 'size-10',
  12: 'size-12',
  16: 'size-16',
  20: 'size-20',
  24: 'size-24',
};

const surfaces = {
  1: 'bg-white dark:bg-slate-900',
  2: 'bg-slate-50 dark:bg-slate-800',
  3: 'bg-slate-100 dark:bg-slate-800',
};

// Tints sit behind text, so they stay light (dark) enough for every text tone below; the strong
// shades are used only by boxes without children (colour swatches, dots).
const tints = {
  gray: 'bg-slate-100 dark:bg-slate-800',
  red: 'bg-red-50 dark:bg-red-950',
  yellow: 'bg-amber-50 dark:bg-amber-950',
  green: 'bg-emerald-50 dark:bg-emerald-950',
  blue: 'bg-sky-50 dark:bg-sky-950',
};

const solids = {
  gray: 'bg-slate-700 dark:bg-slate-300',
  red: 'bg-red-700 dark:bg-red-300',
  yellow: 'bg-amber-700 dark:bg-amber-300',
  green: 'bg-emerald-700 dark:bg-emerald-300',
  blue: 'bg-sky-700 dark:bg-sky-300',
};

export function backgroundClass(background: Background | undefined, hasChildren: boolean): string {
  if (!background) return '';
  if (background.kind === 'surface') return surfaces[background.level];
  return background.strong && !hasChildren ? solids[background.hue] : tints[background.hue];
}

// At least 4.5:1 on white, slate-50/100 and the tints above (light) and on slate-900/800 and the
// 950 tints (dark).
export const toneClass: Record<TextTone, string> = {
  default: 'text-slate-900 dark:text-slate-100',
  secondary: 'text-slate-700 dark:text-slate-300',
  tertiary: 'text-slate-600 dark:text-slate-400',
  success: 'text-emerald-800 dark:text-emerald-300',
  warning: 'text-amber-800 dark:text-amber-300',
  danger: 'text-red-700 dark:text-red-300',
  info: 'text-sky-800 dark:text-sky-300',
  // No purple in Threadline's palette: discovery reads as info.
  discovery: 'text-sky-800 dark:text-sky-300',
};

export const textSizeClass: Record<TextSize, string> = {
  xs: 'text-xs',
  sm: 'text-sm',
  md: 'text-sm',
  lg: 'text-base',
  xl: 'text-lg',
};

export const titleSizeClass: Record<TitleSize, string> = {
  sm: 'text-sm',
  md: 'text-base',
  lg: 'text-lg',
  xl: 'text-xl',
  '2xl': 'text-xl',
  '3xl': 'text-2xl',
};

export const weightClass: Record<Weight, string> = {
  normal: 'font-normal',
  medium: 'font-medium',
  semibold: 'font-semibold',
  bold: 'font-bold',
};

export const textAlignClass: Record<TextAlign, string> = {
  start: 'text-start',
  center: 'text-center',
  end: 'text-end',
};

const badgeSoft: Record<BadgeTone, string> = {
  secondary: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  success: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  danger: 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200',
  warning: 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  info: 'bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
  discovery: 'bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200',
};

const badgeSolid: Record<BadgeTone, string> = {
  secondary: 'bg-slate-700 text-white dark:bg-slate-300 dark:text-slate-950',
  success: 'bg-emerald-700 text-white dark:bg-emerald-300 dark:text-emerald-950',
  danger: 'bg-red-700 text-white dark:bg-red-300 dark:text-red-950',
  warning: 'bg-amber-700 text-white dark:bg-amber-300 dark:text-amber-950',
  info: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-sky-950',
  discovery: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-sky-950',
};

export function badgeClass(tone: BadgeTone, variant: 'solid' | 'soft' | 'outline'): string {
  if (variant === 'solid') return badgeSolid[tone];
  if (variant === 'outline') return `ring-1 ring-current ring-inset ${toneClass[badgeTone[tone]]}`;
  return badgeSoft[tone];
}

const badgeTone: Record<BadgeTone, TextTone> = {
  secondary: 'secondary',
  success: 'success',
  danger: 'danger',
  warning: 'warning',
  info: 'info',
  discovery: 'discovery',
};
