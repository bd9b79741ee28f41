import { createTestDatabase, migrate, type TestDatabase } from '@keyfield/core';
import { prepareSync, type AnySource } from '@keyfield/sync';
import { DataSource } from 'typeorm';
import { createTradingSimulator, type TradingSimulator } from '../../../../../simulator/src/trading/standalone';
import { tradingMigrations } from '../../migrations';
import { tradingSources } from '../trading-sources';

/** A test database with the sync engine's and the trading schema's migrations run. */
export async function tradingDatabase(prefix: string): Promise<{ database: TestDatabase; db: DataSource }> {
  const database = await createTestDatabase(prefix);
  await prepareSync(database.url);
  const db = new DataSource({ type: 'postgres', url: database.url, schema: 'trading', migrations: tradingMigrations, migrationsTableName: 'migrations', extra: { max: 4 } });
  await db.initialize();
  await migrate(db, 'trading');
  return { database, db };
}

/** The trading sources pointed at a simulator, with quick retries. */
export function sourcesAt(baseUrl: string): AnySource[] {
  return tradingSources({
    upstreamGgzyUrl: baseUrl, upstreamCcgpUrl: baseUrl,
    fetchTimeoutMs: 5000, fetchAttempts: 5, retryDelayMs: 5, ccgpPageSize: 50, lookBackSeconds: 600,
  });
}

/** A started trading simulator and its URL. */
export async function startedSimulator(seed: number, size: number, malformedRate?: number): Promise<{ sim: TradingSimulator; url: string }> {
  const sim = createTradingSimulator({ seed, size, malformedRate });
  return { sim, url: await sim.listen(0) };
}

/** Every trading table with its natural key, for fingerprints. */
export const TRADING_TABLES: [string, string][] = [
  ['trading.construction_notice', 'tender_project_code, notice_nature, notice_send_time'],
  ['trading.construction_candidate_publicity', 'tender_project_code'],
  ['trading.construction_win_result', 'tender_project_code'],
  ['trading.land_transfer_notice', 'land_code, notice_send_time'],
  ['trading.land_deal', 'land_code'],
  ['trading.procurement_notice', 'notice_id'],
  ['trading.procurement_result', 'notice_id'],
  ['trading.procurement_contract', 'notice_id'],
];

/** Row count and a hash of every row's content and withdrawal: equal fingerprints, equal tables. */
export async function tablesOf(db: DataSource): Promise<{ table: string; rows: number; hash: string }[]> {
  return Promise.all(TRADING_TABLES.map(async ([table, key]) => {
    const [r] = (await db.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(content_hash || coalesce(withdrawn_at::text, ''), ',' ORDER BY ${key}), '')) AS hash FROM ${table}`)) as { rows: number; hash: string }[];
    return { table, rows: r?.rows ?? 0, hash: r?.hash ?? '' };
  }));
}
