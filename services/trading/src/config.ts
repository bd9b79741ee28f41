import { integer, readSettings, sharedSettings, type SharedSettings } from '@keyfield/core';
import type { TradingConnectorSettings } from './connectors/shared/settings';

const tradingSpec = {
  fetchTimeoutMs: integer('TRADING_FETCH_TIMEOUT_MS', 'timeout of one request to a trading site, in milliseconds', 15_000, 100, 600_000),
  fetchAttempts: integer('TRADING_FETCH_ATTEMPTS', 'attempts per request to a trading site, the first included', 5, 1, 20),
  retryDelayMs: integer('TRADING_RETRY_DELAY_MS', 'delay before the first retry, in milliseconds; doubles each time', 200, 0, 60_000),
  ccgpPageSize: integer('TRADING_CCGP_PAGE_SIZE', 'notices per page asked of the procurement site (it allows 50 at most)', 50, 1, 50),
  lookBackSeconds: integer('TRADING_LOOK_BACK_SECONDS', 'how far before its cursor a run starts, in seconds (rows committed late upstream)', 600, 0, 30 * 24 * 3600),
};

const readTrading = (env: NodeJS.ProcessEnv) => readSettings(tradingSpec, env);

/**
 * The trading subgraph's settings: the shared ones (ports, `UPSTREAM_GGZY_URL`, `UPSTREAM_CCGP_URL`)
 * and the connectors'. The only reader of process.env in this service; `tradingSources(config)`
 * takes it as it is.
 */
export type TradingConfig = SharedSettings & ReturnType<typeof readTrading> & TradingConnectorSettings;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): TradingConfig {
  return { ...sharedSettings(env), ...readTrading(env) };
}
