import { createTestDatabase, type TestDatabase } from '@keyfield/core';
import type { AnySource } from '@keyfield/sync';
import { DataSource } from 'typeorm';
import { prepareDatabase } from '../../scripts/lib/database';
import { loadConfig } from '../../services/credit/src/config';
import { creditSources } from '../../services/credit/src/connectors/credit/spec';
import { loadConfig as loadTradingConfig } from '../../services/trading/src/config';
import { tradingSources } from '../../services/trading/src/connectors/trading-sources';

/** A migrated test database plus a plain DataSource on it. */
export async function migratedDatabase(prefix: string): Promise<{ database: TestDatabase; db: DataSource }> {
  const database = await createTestDatabase(prefix);
  await prepareDatabase(database.url);
  const db = new DataSource({ type: 'postgres', url: database.url, extra: { max: 4 } });
  await db.initialize();
  return { database, db };
}

/** The trading sources pointed at a simulator, with quick retries. */
export function tradingSourcesFor(baseUrl: string): AnySource[] {
  return tradingSources({ ...loadTradingConfig({}), upstreamGgzyUrl: baseUrl, upstreamCcgpUrl: baseUrl, retryDelayMs: 5 });
}

/** The credit sources pointed at a simulator, with quick retries. */
export function sourcesFor(baseUrl: string): AnySource[] {
  return creditSources({ ...loadConfig({}), upstreamCreditUrl: baseUrl, retryDelayMs: 5 });
}

/** A fingerprint of a table's content: equal fingerprints, row-for-row equal content. */
export async function fingerprint(db: DataSource, table: string, key: string): Promise<{ rows: number; hash: string }> {
  const [r] = (await db.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(content_hash || coalesce(withdrawn_at::text, ''), ',' ORDER BY ${key}), '')) AS hash FROM ${table}`)) as { rows: number; hash: string }[];
  return r ?? { rows: 0, hash: '' };
}

export const CREDIT_TABLES: [string, string][] = [
  ['credit.organization', 'uscc'],
  ['credit.penalty', 'decision_number, authority_code'],
  ['credit.repair', 'decision_number, authority_code'],
  ['credit.defaulter', 'case_number, name'],
  ['credit.abnormal_listing', 'uscc, listed_on, listed_reason'],
  ['credit.permit', 'authority_code, document_number'],
];
