import { Hono } from 'hono';
import type { AppMode, AuthKind, HealthBody, IndexState } from '@/shared/api-contract';

/**
 * Open to everyone (load balancers probe it): it tells only the mode, how to sign in and
 * whether the thread index is there. Never touches the database.
 */
export function metaRoutes(
  mode: AppMode,
  auth: AuthKind,
  previewHosts: readonly string[] = [],
  indexState: () => IndexState = () => 'off',
) {
  const hosts = [...previewHosts];
  return new Hono().get('/health', (c) => {
    const body: HealthBody = { status: 'ok', mode, auth, previewHosts: hosts, index: indexState() };
    return c.json(body);
  });
}
