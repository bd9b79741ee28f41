import type { DataSource } from 'typeorm';
import { onKeyLookup } from './key-lookups';

export interface QueryCounter {
  /** SQL statements sent since the counter started (or was reset). */
  readonly count: number;
  readonly statements: readonly string[];
  reset(): void;
  stop(): void;
}

/**
 * Counts the SQL statements a DataSource sends, by wrapping its driver's query runner factory and
 * listening to its key lookups (`keyLookups`). For tests that prove "one SQL query per subgraph per
 * level".
 */
export function countQueries(dataSource: DataSource): QueryCounter {
  const statements: string[] = [];
  const original = dataSource.driver.createQueryRunner.bind(dataSource.driver);
  dataSource.driver.createQueryRunner = (mode) => {
    const runner = original(mode);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, ...rest: unknown[]) => {
      statements.push(sql);
      return (query as (...a: unknown[]) => unknown)(sql, ...rest);
    }) as typeof runner.query;
    return runner;
  };
  const stopListening = onKeyLookup(dataSource, (sql) => statements.push(sql));
  return {
    get count() {
      return statements.length;
    },
    statements,
    reset: () => void statements.splice(0),
    stop: () => {
      stopListening();
      dataSource.driver.createQueryRunner = original;
    },
  };
}
