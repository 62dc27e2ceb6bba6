import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AGENT_NAME_MAX_LENGTH } from '@/shared/api-contract';
import { cookieAttributes } from './session-cookie';

/** Without a gate, the name lives in a cookie of its own, signed with this server's key. */
export const NAME_COOKIE = 'threadline_name';
const NAME_COOKIE_LIFETIME_SECONDS = 365 * 24 * 60 * 60;
const NAME_COOKIE_VALUE = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/;
const KEY_FILE = 'name-cookie.key';

// Control, format (bidi overrides, zero-width) and line-separator characters: none belongs in a
// name, and each could forge or garble a history line, an export or an audit line.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** The name as we store it: unprintables removed, spaces collapsed; null if nothing is left. */
export function cleanAgentName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

export function isAcceptableName(name: string): boolean {
  return name.length <= AGENT_NAME_MAX_LENGTH;
}

/**
 * The key that signs name cookies on a server without a gate, kept in the data folder so names
 * survive a restart. Such a server listens on loopback only (or serves demo data), so one
 * machine, one key. If the folder cannot hold it, a key for this process only: agents then give
 * their name again after a restart.
 */
export function loadNameKey(dataDir: string): Buffer {
  const file = join(dataDir, KEY_FILE);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    const key = randomBytes(32);
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch {
      // Another process wrote it first (read that one), or the folder is read-only.
      try {
        return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
      } catch {
        return key;
      }
    }
    return key;
  }
}

function mac(key: Buffer, encoded: string): Buffer {
  return createHmac('sha256', key).update(`threadline name v1.${encoded}`).digest();
}

export function readNameCookie(c: Context, key: Buffer): string | null {
  const match = NAME_COOKIE_VALUE.exec(getCookie(c, NAME_COOKIE) ?? '');
  if (!match?.[1] || !match[2]) return null;
  const given = Buffer.from(match[2], 'base64url');
  if (given.length !== 32 || !timingSafeEqual(given, mac(key, match[1]))) return null;
  return cleanAgentName(Buffer.from(match[1], 'base64url').toString('utf8'));
}

export function setNameCookie(c: Context, key: Buffer, name: string): void {
  const encoded = Buffer.from(name, 'utf8').toString('base64url');
  setCookie(c, NAME_COOKIE, `${encoded}.${mac(key, encoded).toString('base64url')}`, {
    ...cookieAttributes(c),
    maxAge: NAME_COOKIE_LIFETIME_SECONDS,
  });
}
