import { migrate } from '@keyfield/core';
import { DataSource } from 'typeorm';
import { syncMigrations } from './migrations';

export const SYNC_SCHEMA = 'sync';

/** Runs the sync engine's migrations on their own DataSource (schema `sync`). */
export async function prepareSync(url: string): Promise<void> {
  const db = new DataSource({ type: 'postgres', url, schema: SYNC_SCHEMA, migrations: syncMigrations, migrationsTableName: 'migrations', extra: { max: 1 } });
  await db.initialize();
  try {
    await migrate(db, SYNC_SCHEMA);
  } finally {
    await db.destroy();
  }
}
