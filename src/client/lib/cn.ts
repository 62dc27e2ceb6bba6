import { clsx, type ClassValue } from 'clsx';

/**
 * Joins conditional class names. It does not resolve conflicting Tailwind utilities
 * (tailwind-merge would cost 8 KB gzip of the first load), so a component that takes a className
 * never lets a caller override one of its own utilities: it documents what the prop replaces.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
