import { createDataSource, migrate } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { creditEntities } from './entities';
import { creditMigrations } from './migrations';

export const CREDIT_SCHEMA = 'credit';

/** The credit DataSource (not yet initialised). Tables come from migrations; hot reads are plain SQL. */
export function creditDataSource(url: string, poolSize?: number): DataSource {
  return createDataSource({ url, schema: CREDIT_SCHEMA, entities: creditEntities, migrations: creditMigrations, poolSize });
}

/** Runs the credit migrations. Idempotent. */
export async function prepareCredit(db: DataSource): Promise<void> {
  await migrate(db, CREDIT_SCHEMA);
}
