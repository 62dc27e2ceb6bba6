import { describeMigrations } from './migrations.contract';
import { describeThreadIndexStore } from './thread-index-store.contract';
import { sqliteTestDatabase } from './test-databases';

const open = () => Promise.resolve(sqliteTestDatabase());
describeMigrations('SQLite', open);
describeThreadIndexStore('SQLite', open);
