import { integer, readSettings, type SettingsOf } from '@keyfield/core';

/**
 * Push-ingest settings, for a service's config to spread into its spec. One batch is one statement
 * and one transaction: the limit bounds its memory, its lock time and the size of its answer.
 */
export const ingestSpec = {
  maxRecords: integer('INGEST_MAX_RECORDS', 'records one push-ingest call may carry', 5000, 1, 100_000),
};

export type IngestSettings = SettingsOf<typeof ingestSpec>;

/** Reads and validates the push-ingest settings from `env`; throws a ConfigError on a bad value. */
export function readIngestSettings(env: NodeJS.ProcessEnv): IngestSettings {
  return readSettings(ingestSpec, env);
}
