import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, migratorFor } from './database';
import { MIGRATION_NAMES } from './migrations';
import type { TestDatabase } from './test-databases';
import { createThreadIndexStore } from './thread-index-store';

/** Migrations on a real database: from empty, again at start-up, and from every earlier step. */
export function describeMigrations(name: string, open: () => Promise<TestDatabase>) {
  describe(`migrations on ${name}`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await open();
    });
    afterEach(async () => {
      await test.drop();
    });

    const works = async () => {
      const store = createThreadIndexStore(test.database);
      await store.record(
        [{ id: 'cthr_m', createdAt: 1, status: 'active', reason: null, title: 'Hi', user: null }],
        2,
      );
      expect((await store.query({ sort: 'newest', limit: 5, text: 'hi' })).threads).toHaveLength(1);
    };

    it('builds the schema from an empty database, and a second start changes nothing', async () => {
      await migrateToLatest(test.database);
      await works();
      await migrateToLatest(test.database);
      expect(await createThreadIndexStore(test.database).count()).toBe(1);
    });

    it('migrates beside another Threadline sharing the server (another schema of one database)', async () => {
      const other = await open();
      try {
        await migrateToLatest(other.database);
        await migrateToLatest(test.database);
        await works();
        expect(await createThreadIndexStore(other.database).count()).toBe(0);
      } finally {
        await other.drop();
      }
    });

    it.each(MIGRATION_NAMES.map((step, n) => [step, n]))(
      'moves a database left at %s forward to the latest',
      async (step) => {
        const migrator = await migratorFor(test.database);
        expect((await migrator.migrateTo(step)).error).toBeUndefined();
        await migrateToLatest(test.database);
        const applied = (await migrator.getMigrations()).filter((m) => m.executedAt).length;
        expect(applied).toBe(MIGRATION_NAMES.length);
        await works();
      },
    );
  });
}
