import { describeReviewApi } from './app-reviews.contract';
import { sqliteTestDatabase } from './db/test-databases';

describeReviewApi('SQLite', sqliteTestDatabase);
