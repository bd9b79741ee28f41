import { createDataSource, migrate } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import { catalogMigrations } from './migrations';
import { Region } from './region/region.entity';
import { seedRegions } from './region/region.seed';

export const CATALOG_SCHEMA = 'catalog';

/** The catalog's DataSource (not yet initialised). */
export function catalogDataSource(url: string, poolSize?: number): DataSource {
  return createDataSource({ url, schema: CATALOG_SCHEMA, entities: [Region], migrations: catalogMigrations, poolSize });
}

/** Migrations, then the reference data the catalog ships with. Idempotent. */
export async function prepareCatalog(db: DataSource): Promise<void> {
  await migrate(db, CATALOG_SCHEMA);
  await seedRegions(db);
}
