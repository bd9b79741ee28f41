import { createDataSource, migrate, shanghaiDateOf } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { creditEntities } from './entities';
import { loadConfig } from './config';
import { creditMigrations } from './migrations';
import { creditPolicyOf, type CreditPolicy } from './publicity/credit-policy';
import { PenaltyCounts } from './publicity/penalty-counts';

export const CREDIT_SCHEMA = 'credit';

/** The credit DataSource (not yet initialised). Tables come from migrations; hot reads are plain SQL. */
export function creditDataSource(url: string, poolSize?: number): DataSource {
  return createDataSource({ url, schema: CREDIT_SCHEMA, entities: creditEntities, migrations: creditMigrations, poolSize });
}

/**
 * Runs the credit migrations and installs the penalty totals for `policy`, so that writers keep
 * them from the start (the subgraph installs them again with its own settings). Idempotent.
 */
export async function prepareCredit(db: DataSource, policy: CreditPolicy = creditPolicyOf(loadConfig())): Promise<void> {
  await migrate(db, CREDIT_SCHEMA);
  await new PenaltyCounts(db, policy).install(shanghaiDateOf(new Date()));
}
