import { sqliteTestDatabase } from './db/test-databases';
import { describeCrashRecovery } from './reviews-crash.contract';

describeCrashRecovery('SQLite', () => Promise.resolve(sqliteTestDatabase()));
