import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, stopChildren, waitForHealthy, type Child } from '../../scripts/lib/children';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { subgraphUrlEnv } from '../../gateway/src/config';
import { freePort } from '../lib/free-port';
import { TARGETS, type Target, type TargetSpec } from './targets';

/** The subgraphs the workloads read. */
const SERVED = ['catalog', 'credit', 'trading'];

/** Every process serving the bench, by name (subgraphs, gateways, raw), and where they listen. */
export interface Serving {
  pids: Map<string, number>;
  targets: Target[];
  /** Where each process's SQL counter writes its count (sql-counter.ts). */
  countDir: string;
  stop(): Promise<void>;
}

/** Polls a GraphQL endpoint with `{ __typename }` until it answers 200. */
async function waitForGraphql(name: string, url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })
      .then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url}`);
}

/**
 * Starts the catalog, credit and trading subgraphs (each with the SQL counter) and every target's
 * front process — the keyfield gateway (policy on, rate limits off, a cost budget the batch fits
 * in), the @apollo/gateway peer, the raw server — against `databaseUrl`.
 */
export async function startServing(databaseUrl: string, jwtSecret: string, rawPenaltyPublic: string): Promise<Serving> {
  const countDir = mkdtempSync(join(tmpdir(), 'kf-bench-sql-'));
  const ports: Record<string, number> = {};
  for (const name of [...SERVED, ...TARGETS.map((t) => t.name)]) ports[name] = await freePort();
  const subgraphUrls = Object.fromEntries(SERVED.map((s) => [subgraphUrlEnv(s), `http://127.0.0.1:${ports[s]}/graphql`]));
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl, SUBGRAPH_SIGNING_SECRET: randomBytes(32).toString('base64url'), JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn',
    CATALOG_PORT: String(ports['catalog']), CREDIT_PORT: String(ports['credit']), TRADING_PORT: String(ports['trading']),
    BENCH_SQL_COUNT_DIR: countDir, RAW_PENALTY_PUBLIC: rawPenaltyPublic, ...subgraphUrls,
  };
  const children: Child[] = [];
  try {
    for (const s of SUBGRAPHS.filter((g) => SERVED.includes(g.name))) {
      children.push(startChild(s.name, 'bench/serve/counted-entry.ts', { ...env, BENCH_ENTRY: s.entry }));
    }
    for (const s of SERVED) await waitForHealthy(s, `http://127.0.0.1:${ports[s]}/health`, 120_000);
    for (const t of TARGETS) children.push(startChild(t.name, t.entry.counted ? 'bench/serve/counted-entry.ts' : t.entry.path, { ...env, ...t.env(ports[t.name] ?? 0), BENCH_ENTRY: t.entry.path }));
    for (const t of TARGETS) await waitForGraphqlOrHealth(t, ports[t.name] ?? 0);
  } catch (err) {
    await stopChildren(children);
    throw err;
  }
  return {
    pids: new Map(children.map((c) => [c.name, c.process.pid ?? 0])),
    targets: TARGETS.map((t) => ({ ...t, base: `http://127.0.0.1:${ports[t.name]}` })),
    countDir,
    async stop() {
      await stopChildren(children);
      rmSync(countDir, { recursive: true, force: true });
    },
  };
}

function waitForGraphqlOrHealth(t: TargetSpec, port: number): Promise<void> {
  const base = `http://127.0.0.1:${port}`;
  return t.kind === 'raw' ? waitForHealthy(t.name, `${base}/health`, 60_000) : waitForGraphql(t.name, `${base}${t.path('column')}`);
}
