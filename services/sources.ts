import type { AnySource } from '@keyfield/sync';
import { loadConfig as loadCreditConfig } from './credit/src/config';
import { creditSources } from './credit/src/connectors/credit/spec';
import { loadConfig as loadTradingConfig } from './trading/src/config';
import { tradingSources } from './trading/src/connectors/trading-sources';

/**
 * Every upstream source of every domain, by name (`credit/xzcf`, `trading/ccgp-notice`, …): what
 * the sync CLI, the worker, push ingest and quarantine re-drive look sources up in, each with its
 * domain's settings read from `env`. Adding a domain adds its sources here.
 */
export function allSources(env: NodeJS.ProcessEnv = process.env): AnySource[] {
  return [...creditSources(loadCreditConfig(env)), ...tradingSources(loadTradingConfig(env))];
}
