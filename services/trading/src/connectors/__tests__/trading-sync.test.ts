import { createLogger, type TestDatabase } from '@keyfield/core';
import { runSource, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { TradingSimulator } from '../../../../../simulator/src/trading/standalone';
import { advanceTrading } from '../../../../../simulator/src/trading/advance';
import { sourcesAt, startedSimulator, tablesOf, tradingDatabase } from './trading-env';

const logger = createLogger('trading-sync-test', 'silent');
let sim: TradingSimulator;
let url: string;
let database: TestDatabase;
let db: DataSource;

const syncAll = async (target: DataSource, sources: AnySource[] = sourcesAt(url)) => {
  const counts = [];
  for (const source of sources) counts.push((await runSource(target, source, { logger })).snapshot());
  return counts;
};

beforeAll(async () => {
  ({ sim, url } = await startedSimulator(11, 400, 0.05));
  ({ database, db } = await tradingDatabase('kf_trading_sync'));
  await syncAll(db);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
  await sim.close();
});

describe('trading sources against the simulator', () => {
  it('stores or quarantines every record of both sites, each once', async () => {
    for (const t of await tablesOf(db)) expect(t.rows).toBeGreaterThan(0);
    const count = async (sql: string, source: string): Promise<number> => ((await db.query(sql, [source])) as { n: number }[])[0]?.n ?? 0;
    const stored = await count(`SELECT count(*)::int AS n FROM trading.construction_notice WHERE source = $1`, 'trading/ggzy-gcjs-notice');
    const quarantined = await count(`SELECT count(*)::int AS n FROM sync.quarantine WHERE source = $1`, 'trading/ggzy-gcjs-notice');
    expect(quarantined).toBeGreaterThan(0);
    expect(stored + quarantined).toBe(sim.trading.platform.gcjs.rows().filter((r) => r.element === 'GCJS_NOTICE').length);
    expect(await count(`SELECT count(DISTINCT source)::int AS n FROM sync.quarantine WHERE source LIKE $1`, 'trading/%')).toBeGreaterThan(3);
  });

  it('fills exactly the columns of each table (generated and engine columns aside)', async () => {
    for (const source of sourcesAt(url)) {
      const [schema, table] = source.table.table.split('.');
      const columns = ((await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'updated_at', 'content_hash', 'raw_page_id') ORDER BY 1`,
        [schema, table],
      )) as { column_name: string }[]).map((c) => c.column_name);
      const { value: batch } = await source.stream.read(undefined).next();
      const records: never[] = batch?.records ?? [];
      const converted = records.map((r) => source.convert(r, { source: source.name, fetchedAt: batch?.fetchedAt ?? '' })).find((c) => c.ok);
      expect(converted?.ok && Object.keys(converted.row).sort()).toEqual(columns);
    }
  });

  it('links one tender project across notice, change, candidates and result by its code', async () => {
    const linked = (await db.query(
      `SELECT n.tender_project_code FROM trading.construction_notice n
         JOIN trading.construction_notice c ON c.tender_project_code = n.tender_project_code AND c.notice_nature = '2'
         JOIN trading.construction_candidate_publicity p ON p.tender_project_code = n.tender_project_code
         JOIN trading.construction_win_result r ON r.tender_project_code = n.tender_project_code
       WHERE n.notice_nature = '1'`,
    )) as unknown[];
    expect(linked.length).toBeGreaterThan(5);
    const [winner] = (await db.query(`SELECT winners_json::jsonb -> 0 ->> 'code' AS code, winner_codes FROM trading.construction_win_result LIMIT 1`)) as { code: string; winner_codes: string[] }[];
    expect(winner?.winner_codes).toContain(winner?.code);
  });

  it('keeps codes as strings and money as exact decimals', async () => {
    const [row] = (await db.query(`SELECT region_code, price_unit_code, start_price_amount::text AS amount, start_price_yuan::text AS yuan FROM trading.land_transfer_notice LIMIT 1`)) as Record<string, string>[];
    expect(row).toMatchObject({ price_unit_code: '2', region_code: expect.stringMatching(/^35\d{4}$/u) });
    expect(row?.['yuan']).toBe(String(BigInt(row?.['amount'] ?? '0') * 10_000n));
  });

  it('changes nothing when run again', async () => {
    const before = await tablesOf(db);
    const counts = await syncAll(db);
    expect(counts.every((c) => c.inserted === 0 && c.updated === 0)).toBe(true);
    expect(await tablesOf(db)).toEqual(before);
  });

  it('applies the next generation: a corrected price unit replaces the result, a revoked notice is withdrawn', async () => {
    const summary = advanceTrading(sim.trading.platform);
    await syncAll(db);
    expect(summary.unitCorrected.length).toBeGreaterThan(0);
    for (const code of summary.unitCorrected) {
      const [r] = (await db.query(`SELECT price_unit_code, price_unit_corrected FROM trading.construction_win_result WHERE tender_project_code = $1`, [code])) as Record<string, unknown>[];
      expect(r).toEqual({ price_unit_code: '2', price_unit_corrected: true });
    }
    const [revoked] = summary.revokedNotices;
    const rows = (await db.query(
      `SELECT withdrawal_reason FROM (SELECT notice_id, withdrawal_reason FROM trading.procurement_notice UNION ALL SELECT notice_id, withdrawal_reason FROM trading.procurement_result UNION ALL SELECT notice_id, withdrawal_reason FROM trading.procurement_contract) t WHERE notice_id = $1`,
      [revoked],
    )) as { withdrawal_reason: string | null }[];
    expect(rows.map((r) => r.withdrawal_reason)).toEqual([expect.stringContaining('revoked')]);
  });
});
