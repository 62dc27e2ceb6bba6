import type { Context } from 'hono';
import type { Logger } from '@/server/logger';
import { ApiProblem } from './api-errors';
import type { AppEnv } from './app-env';

/**
 * Runs a route's database work so that a database error is a 503 with the route's own words
 * (`unavailable`), logged once here with what failed: never a 500, and never a write passed
 * off as saved. Our own ApiProblems (a 404, a 409) pass through as they are.
 */
export function databaseGuard(
  logger: Logger,
  event: string,
  unavailable: () => ApiProblem,
): <T>(c: Context<AppEnv>, work: () => Promise<T>) => Promise<T> {
  return async (c, work) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ApiProblem) throw error;
      logger.warn({ event, path: c.req.path, err: error }, event.replaceAll('_', ' '));
      throw unavailable();
    }
  };
}
