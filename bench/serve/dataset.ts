import { createLogger, createTestDatabase, type TestDatabase } from '@keyfield/core';
import { runSource, type AnySource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { startChild, stopChildren, waitForHealthy } from '../../scripts/lib/children';
import { prepareDatabase } from '../../scripts/lib/database';
import { loadConfig as loadCreditConfig } from '../../services/credit/src/config';
import { creditSources } from '../../services/credit/src/connectors/credit/spec';
import { loadConfig as loadTradingConfig } from '../../services/trading/src/config';
import { tradingSources } from '../../services/trading/src/connectors/trading-sources';
import { freePort } from '../lib/free-port';

/** The bench's database: a fresh one on the test Postgres, or one kept from an earlier run. */
export async function benchDatabase(reuse: string | undefined): Promise<TestDatabase> {
  if (!reuse) return createTestDatabase('kf_bench_serve');
  return { url: reuse, name: new URL(reuse).pathname.slice(1), drop: async () => undefined };
}

/** Every credit and trading source pointed at the simulator on `baseUrl`. */
function sourcesAt(baseUrl: string): AnySource[][] {
  return [
    creditSources({ ...loadCreditConfig({}), upstreamCreditUrl: baseUrl, retryDelayMs: 5 }),
    tradingSources({ ...loadTradingConfig({}), upstreamGgzyUrl: baseUrl, upstreamCcgpUrl: baseUrl, retryDelayMs: 5 }),
  ];
}

/**
 * Migrates the database and syncs every credit and trading source from the simulator (its own
 * process) at `size` base penalties; credit and trading sync side by side.
 */
export async function loadFromSimulator(db: DataSource, url: string, size: number): Promise<void> {
  await prepareDatabase(url);
  const port = await freePort();
  const simulator = startChild('simulator', 'simulator/src/index.ts', { SIMULATOR_PORT: String(port), SIMULATOR_SIZE: String(size), LOG_LEVEL: 'warn' });
  const logger = createLogger('bench', 'warn');
  try {
    await waitForHealthy('simulator', `http://127.0.0.1:${port}/_sim/health`, 120_000);
    await Promise.all(sourcesAt(`http://127.0.0.1:${port}`).map(async (chain) => {
      for (const source of chain) await runSource(db, source, { logger });
    }));
  } finally {
    await stopChildren([simulator]);
  }
  await db.query('VACUUM ANALYZE');
}

/** Stored penalties. */
export async function penaltyCount(db: DataSource): Promise<number> {
  const [row] = (await db.query('SELECT count(*)::int AS n FROM credit.penalty')) as { n: number }[];
  return row?.n ?? 0;
}

const CLONE_BATCH = 500_000;

/**
 * Grows credit.penalty to `target` rows by cloning the synced ones (syncing millions through the
 * simulator at ~8k rows/s would take hours): each clone keeps its source row's party, authority,
 * region and text, gets a new decision number (`<original>#c<n>`) and a decision date moved back
 * by up to two years, so lists, date ranges and per-organisation counts grow as they would.
 */
export async function growPenalties(db: DataSource, target: number): Promise<number> {
  const [{ cols, maxId }] = (await db.query(`SELECT
      (SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM information_schema.columns
        WHERE table_schema = 'credit' AND table_name = 'penalty' AND column_name NOT IN ('id', 'decision_number', 'decision_date')) AS cols,
      (SELECT max(id)::bigint FROM credit.penalty WHERE decision_number NOT LIKE '%#c%') AS "maxId"`)) as [{ cols: string; maxId: string }];
  let count = await penaltyCount(db);
  for (let round = 1; count < target; round++) {
    const rows = Math.min(CLONE_BATCH, target - count);
    await db.query(`INSERT INTO credit.penalty (decision_number, decision_date, ${cols})
      SELECT p.decision_number || '#c' || g.n, p.decision_date - ((p.id * 7919 + g.n * 104729) % 730)::int, ${cols.split(', ').map((c) => `p.${c}`).join(', ')}
      FROM generate_series($1::int, $1::int + ceil($2::numeric / $3)::int - 1) AS g(n) CROSS JOIN credit.penalty p
      WHERE p.id <= $3 LIMIT $2 ON CONFLICT DO NOTHING`, [round * 1000, rows, Number(maxId)]);
    count = await penaltyCount(db);
    console.log(`  penalties: ${count.toLocaleString('en')} of ${target.toLocaleString('en')}`);
  }
  await db.query('VACUUM ANALYZE credit.penalty');
  return count;
}
