import { readIngestSettings, type AnySource } from '@keyfield/sync';
import { loadConfig } from '../config';
import { creditSources } from '../connectors/credit/spec';

/** What credit push ingest needs: its sources (converter, table, natural key) and the batch limit. */
export interface CreditIngestConfig {
  sources: readonly AnySource[];
  /** Records one call may carry (INGEST_MAX_RECORDS, default 5000). */
  maxRecords: number;
}

/**
 * Reads the push-ingest settings once, at server build. INGEST_MAX_RECORDS is read here rather than
 * in config.ts until that file spreads `ingestSpec` into its spec; the sources come from the
 * same registry as the pull sync, so both paths share converters and natural keys.
 */
export function loadIngestConfig(env: NodeJS.ProcessEnv = process.env): CreditIngestConfig {
  return { sources: creditSources(loadConfig(env)), ...readIngestSettings(env) };
}
