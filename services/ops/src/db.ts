import '@keyfield/core';
import { DataSource } from 'typeorm';

/**
 * The ops DataSource (not yet initialised): no schema, entities or migrations of its own. Ops reads
 * the sync engine's tables (schema `sync`, migrated by packages/sync), writes only their decision
 * columns, and re-drives records into domain tables through the sync kit's `upsertRows`.
 */
export function opsDataSource(url: string, poolSize?: number): DataSource {
  return new DataSource({ type: 'postgres', url, applicationName: 'keyfield-ops', logging: false, extra: { max: poolSize ?? 10 } });
}
