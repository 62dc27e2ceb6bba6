import { describeReviewStore } from './review-store.contract';
import { sqliteTestDatabase } from './test-databases';

describeReviewStore('SQLite', () => Promise.resolve(sqliteTestDatabase()));
