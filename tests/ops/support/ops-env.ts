import { createLogger, identityOf, signedGraphQL, TEST_SIGNING_SECRET, type Logger, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import { runSourceObserved, type AnySource, type SyncCounts } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { OpsContext } from '../../../services/ops/src/context';
import { opsDataSource } from '../../../services/ops/src/db';
import { createOpsServer } from '../../../services/ops/src/server';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../../simulator/src/server';
import { migratedDatabase, sourcesFor } from '../../support/credit-env';

export type GqlResult = { data?: any; errors?: any[] };

/** A migrated database synced from a simulator, and the ops DataSource on it. */
export interface OpsEnv {
  database: TestDatabase;
  /** A plain DataSource for the test's own checks. */
  db: DataSource;
  /** The ops subgraph's DataSource. */
  ops: DataSource;
  sim: Simulator;
  simUrl: string;
  logger: Logger;
  /** The credit sources pointed at the simulator. */
  sources(): AnySource[];
  /** One source by name. */
  source(name: string): AnySource;
  /** Runs every source (with the run metrics fed), as the CLI does. */
  syncAll(options?: { mode?: 'incremental' | 'full' }): Promise<Record<string, SyncCounts>>;
  stop(): Promise<void>;
}

export async function startOpsEnv(prefix: string, options: SimulatorOptions): Promise<OpsEnv> {
  const logger = createLogger('ops-test', 'silent');
  const { database, db } = await migratedDatabase(prefix);
  const sim = createSimulator(options);
  const simUrl = await sim.listen(0);
  const ops = opsDataSource(database.url, 4);
  await ops.initialize();
  const sources = (): AnySource[] => sourcesFor(simUrl);
  const env: OpsEnv = {
    database, db, ops, sim, simUrl, logger, sources,
    source(name) {
      const found = sources().find((s) => s.name === name);
      if (!found) throw new Error(`no source ${name}`);
      return found;
    },
    async syncAll(o = {}) {
      const out: Record<string, SyncCounts> = {};
      for (const source of sources()) out[source.name] = await runSourceObserved(db, source, { logger, mode: o.mode });
      return out;
    },
    async stop() {
      await sim.close();
      await Promise.all([ops.destroy(), db.destroy()]);
      await database.drop();
    },
  };
  await env.syncAll();
  return env;
}

/** The ops subgraph on a free port over `env`, with `sources` (patched ones for a converter fix). */
export interface OpsServer {
  url: string;
  server: SubgraphServer<OpsContext>;
  gql(query: string, variables?: Record<string, unknown>): Promise<GqlResult>;
  close(): Promise<void>;
}

export async function serveOps(env: OpsEnv, sources: AnySource[] = env.sources()): Promise<OpsServer> {
  const server = await createOpsServer(env.ops, env.logger, { signingSecret: TEST_SIGNING_SECRET }, { sources });
  const url = await server.listen(0);
  return {
    url, server,
    gql: signedGraphQL(url, TEST_SIGNING_SECRET, identityOf('admin')),
    close: () => server.close(),
  };
}

export async function postGraphql(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return res.json() as Promise<GqlResult>;
}

/** The error codes of a response, in order. */
export const codesOf = (res: GqlResult): string[] => (res.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code ?? '');
