import { describe, it } from 'vitest';
import { POSTGRES_REQUIRED, POSTGRES_URL, postgresTestDatabase } from './db/test-databases';
import { describeCrashRecovery } from './reviews-crash.contract';

// A developer without PostgreSQL runs the SQLite half alone; CI always runs this one (.ci/run).
if (POSTGRES_URL !== undefined) describeCrashRecovery('PostgreSQL', postgresTestDatabase);
else
  describe.skipIf(!POSTGRES_REQUIRED)('reviews after a crash, on PostgreSQL', () => {
    it('has a server to run on', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI runs the PostgreSQL half (.ci/run)');
    });
  });
