import { Hono } from 'hono';
import type { AppMode, AuthKind, HealthBody } from '@/shared/api-contract';

/** Open to everyone (load balancers probe it): it tells only the mode and how to sign in. */
export function metaRoutes(mode: AppMode, auth: AuthKind, previewHosts: readonly string[] = []) {
  const body: HealthBody = { status: 'ok', mode, auth, previewHosts: [...previewHosts] };
  return new Hono().get('/health', (c) => c.json(body));
}
