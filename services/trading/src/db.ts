import { createDataSource, migrate } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { tradingEntities } from './entities';
import { tradingMigrations } from './migrations';

export const TRADING_SCHEMA = 'trading';

/** The trading DataSource (not yet initialised). Tables come from migrations; hot reads are plain SQL. */
export function tradingDataSource(url: string, poolSize?: number): DataSource {
  return createDataSource({ url, schema: TRADING_SCHEMA, entities: tradingEntities, migrations: tradingMigrations, poolSize });
}

/** Creates the `trading` schema when missing and runs the trading migrations. Idempotent. */
export async function prepareTrading(db: DataSource): Promise<void> {
  await migrate(db, TRADING_SCHEMA);
}
