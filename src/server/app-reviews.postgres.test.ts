import { describe, it } from 'vitest';
import { describeReviewApi } from './app-reviews.contract';
import { POSTGRES_REQUIRED, POSTGRES_URL, postgresTestDatabase } from './db/test-databases';

// A developer without PostgreSQL runs the SQLite half alone; CI always runs this one (.ci/run).
if (POSTGRES_URL !== undefined) describeReviewApi('PostgreSQL', postgresTestDatabase);
else
  describe.skipIf(!POSTGRES_REQUIRED)('review API on PostgreSQL', () => {
    it('has a server to run on', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI runs the PostgreSQL half (.ci/run)');
    });
  });
