import type { Context } from 'hono';
import type { AgentBody } from '@/shared/api-contract';
import type { Access } from '@/server/auth/access';
import { cleanAgentName, readNameCookie, setNameCookie } from '@/server/auth/agent-name';
import { currentSession, nameSession, startSession } from '@/server/auth/session-cookie';
import type { AppEnv } from '@/server/http/app-env';

/** Who a review change is recorded as, and where that name comes from. */
export interface Reviewer {
  name: string | null;
  source: AgentBody['source'];
  canChangeName: boolean;
}

/**
 * Behind single sign-on the proxy's identity (not changeable here); with the shared access token
 * the name given in this session; without a gate, the name in this browser's signed cookie.
 */
export function reviewerOf(c: Context<AppEnv>, access: Access, nameKey: Buffer): Reviewer {
  const sso = c.get('agent');
  if (sso !== undefined) return { name: sso, source: 'sso', canChangeName: false };
  if (access.token) {
    const session = currentSession(c, access.token.sessionKey);
    return { name: cleanAgentName(session?.name), source: 'session', canChangeName: true };
  }
  if (access.kind === 'sso') return { name: null, source: 'sso', canChangeName: false };
  return { name: readNameCookie(c, nameKey), source: 'cookie', canChangeName: true };
}

/** Keeps `name` where reviewerOf reads it (the caller checked canChangeName). */
export function rememberName(c: Context<AppEnv>, access: Access, nameKey: Buffer, name: string) {
  if (access.token) {
    const session = currentSession(c, access.token.sessionKey);
    // Signed in with a Bearer token (a script): the name starts a session of its own.
    if (session) nameSession(c, access.token.sessionKey, session, name);
    else startSession(c, access.token.sessionKey, name);
    return;
  }
  setNameCookie(c, nameKey, name);
}
