import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { DatabaseKind } from '../database';
import * as threadIndex from './m0001-thread-index';
import * as indexLookups from './m0002-index-lookups';
import * as reviews from './m0003-reviews';

interface Step {
  up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void>;
}

/**
 * Every migration, in order, forward-only: a released one is never edited, a change is a new
 * step. Names sort in order of application (Kysely applies them alphabetically).
 */
const STEPS: readonly (readonly [string, Step])[] = [
  ['0001-thread-index', threadIndex],
  ['0002-index-lookups', indexLookups],
  ['0003-reviews', reviews],
];

export const MIGRATION_NAMES = STEPS.map(([name]) => name);

/** The steps for Kysely's Migrator, each told which database it writes to. */
export function migrationProvider(kind: DatabaseKind): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          STEPS.map(([name, step]): [string, Migration] => [
            name,
            { up: (db) => step.up(db, kind) },
          ]),
        ),
      ),
  };
}
