import { Hono } from 'hono';
import type { AppMode, HealthBody } from '@/shared/api-contract';

export function metaRoutes(mode: AppMode) {
  return new Hono().get('/health', (c) => c.json({ status: 'ok', mode } satisfies HealthBody));
}
