import { createLogger, createTestDatabase, identityOf, signedGraphQL, TEST_SIGNING_SECRET, type GraphQLReply, type Role, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import { prepareSync, runSource } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import { createSimulator, type Simulator } from '../../../../simulator/src/server';
import { sourcesAt } from '../connectors/__tests__/trading-env';
import type { TradingContext } from '../context';
import { prepareTrading, tradingDataSource } from '../db';
import { createTradingServer } from '../server';

/** A trading subgraph over a test database synced from an in-process simulator. */
export interface TradingEnv {
  sim: Simulator;
  db: DataSource;
  /** A signed GraphQL client of the subgraph for a caller of `role`. */
  gql(role?: Role): (query: string, variables?: Record<string, unknown>) => Promise<GraphQLReply>;
  /** Rows of a plain SQL query, for checking answers against the tables. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const logger = createLogger('trading-test', 'silent');

/** Starts the simulator, syncs every trading source into a fresh database and serves the subgraph on port 0. */
export async function startTradingEnv(prefix: string, seed = 7, size = 600): Promise<TradingEnv> {
  const sim = createSimulator({ seed, size, malformedRate: 0 });
  const simUrl = await sim.listen(0);
  const database: TestDatabase = await createTestDatabase(prefix);
  await prepareSync(database.url);
  const db = tradingDataSource(database.url, 4);
  await db.initialize();
  await prepareTrading(db);
  for (const source of sourcesAt(simUrl)) await runSource(db, source, { logger });
  const server: SubgraphServer<TradingContext> = await createTradingServer(db, logger, { signingSecret: TEST_SIGNING_SECRET });
  const url = await server.listen(0);
  return {
    sim,
    db,
    gql: (role = 'public') => signedGraphQL(url, TEST_SIGNING_SECRET, identityOf(role)),
    rows: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)) as T[],
    close: async () => {
      await server.close();
      await db.destroy();
      await database.drop();
      await sim.close();
    },
  };
}

/** The public view of a trading table in SQL: proactive (主动公开) and not withdrawn. */
export const PUBLIC_SQL = (a: string): string => `${a}.disclosure = '主动公开' AND ${a}.withdrawn_at IS NULL`;
