import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';
import './pg-types';

type EntityClass = Function | EntitySchema;
type MigrationClass = new () => MigrationInterface;

export interface DataSourceOptions {
  /** Postgres connection string. */
  url: string;
  /** The Postgres schema the service owns (`credit`, `catalog`, …); also holds its migrations table. */
  schema: string;
  entities: EntityClass[];
  /** In the order they run (the service's `migrations/index.ts`). */
  migrations: MigrationClass[];
  poolSize?: number;
  /** Shown in pg_stat_activity. */
  applicationName?: string;
}

/**
 * A TypeORM DataSource for one service. Schema changes come only from migrations: `synchronize`
 * stays off, and numeric columns come back as strings (decimal money stays exact). Connections run
 * with `jit=off`, as an OLTP server is tuned: a count over a province-year passes `jit_above_cost`,
 * and compiling it costs Postgres more than running it (docs/BENCHMARKS.md).
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName ?? `keyfield-${options.schema}`,
    extra: { max: options.poolSize ?? 10, options: '-c jit=off' },
  });
}

/** Creates the service schema when missing, then runs pending migrations in one transaction each. */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}
