import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Counts the SQL statements this process sends through `pg` (every Client query, pooled or not)
 * and, on SIGUSR2, writes the count to `<BENCH_SQL_COUNT_DIR>/<pid>`: how the bench counts the
 * queries of subgraphs running as child processes, exactly. Costs one increment per statement.
 */
export function installSqlCounter(dir: string): void {
  let statements = 0;
  const query = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function counted(this: Client, ...args: unknown[]) {
    statements++;
    return query.apply(this, args);
  } as typeof Client.prototype.query;
  process.on('SIGUSR2', () => writeFileSync(join(dir, String(process.pid)), String(statements)));
}
