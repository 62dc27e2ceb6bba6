import { describe, it } from 'vitest';
import { describeReviewStore } from './review-store.contract';
import { POSTGRES_REQUIRED, POSTGRES_URL, postgresTestDatabase } from './test-databases';

// A developer without PostgreSQL runs the SQLite half alone; CI always runs this one (.ci/run).
if (POSTGRES_URL !== undefined) describeReviewStore('PostgreSQL', postgresTestDatabase);
else
  describe.skipIf(!POSTGRES_REQUIRED)('review store on PostgreSQL', () => {
    it('has a server to run on', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI runs the PostgreSQL half (.ci/run)');
    });
  });
