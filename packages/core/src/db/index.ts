export { createDataSource, migrate } from './data-source';
export type { DataSourceOptions } from './data-source';
export { startEmbeddedPostgres } from './embedded';
export type { EmbeddedDatabase } from './embedded';
export { createTestDatabase, TEST_SERVER_URL } from './test-database';
export type { TestDatabase } from './test-database';
export { countQueries } from './query-counter';
export type { QueryCounter } from './query-counter';
export { DATA_CHANGED_CHANNEL, announceDataChanged, announceWritten } from './data-changes';
