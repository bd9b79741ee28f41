import { MIN_SECRET_LENGTH } from '../identity/request-signature';
import { ConfigError, readSettings, type SettingsOf } from './env';
import { flag, integer, oneOf, optionalText, port, text, url } from './settings';

/**
 * Settings every process of keyfield shares: where the database is, where each service listens,
 * where the upstream systems are. Ports and URLs default to one machine running everything.
 */
export const sharedSpec = {
  databaseUrl: optionalText('DATABASE_URL', 'Postgres connection string; unset starts the embedded Postgres'),
  embeddedPgPort: port('EMBEDDED_PG_PORT', 'port of the embedded Postgres when DATABASE_URL is unset', 54329),
  embeddedPgDir: text('EMBEDDED_PG_DIR', 'data folder of the embedded Postgres', '.data/postgres'),
  dbPoolSize: integer('DB_POOL_SIZE', 'connections per process pool', 10, 1, 200),
  logLevel: oneOf('LOG_LEVEL', 'pino log level', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
  gatewayPort: port('GATEWAY_PORT', 'port the gateway listens on', 4000),
  catalogPort: port('CATALOG_PORT', 'port of the catalog subgraph', 4101),
  creditPort: port('CREDIT_PORT', 'port of the credit subgraph', 4102),
  tradingPort: port('TRADING_PORT', 'port of the trading subgraph (public resource trading)', 4103),
  opsPort: port('OPS_PORT', 'port of the ops subgraph (sync status, quarantine)', 4109),
  workerMetricsPort: port('WORKER_METRICS_PORT', 'port of the sync worker’s /metrics and /health', 9464),
  simulatorPort: port('SIMULATOR_PORT', 'port of the upstream simulator', 4300),
  host: text('HOST', 'interface every server binds to', '127.0.0.1'),
  upstreamGgzyUrl: url('UPSTREAM_GGZY_URL', 'base URL of the city public resource trading site (ggzy)', 'http://127.0.0.1:4300'),
  upstreamCcgpUrl: url('UPSTREAM_CCGP_URL', 'base URL of the provincial government procurement site (ccgp)', 'http://127.0.0.1:4300'),
  upstreamCreditUrl: url('UPSTREAM_CREDIT_URL', 'base URL of the provincial credit platform', 'http://127.0.0.1:4300'),
  signingSecret: optionalText('SUBGRAPH_SIGNING_SECRET', 'secret (32 characters or more) the gateway signs subgraph requests with and subgraphs verify; `npm start` generates one when unset'),
  production: flag('KEYFIELD_PRODUCTION', 'production mode: no IDE, no introspection for the public', false),
};

export type SharedSettings = SettingsOf<typeof sharedSpec>;

/** Reads the shared settings; throws a ConfigError naming every bad variable. */
export function sharedSettings(env: NodeJS.ProcessEnv = process.env): SharedSettings {
  return readSettings(sharedSpec, env);
}

/** The subgraph signing secret; a ConfigError when it is unset or too short to be a secret. */
export function signingSecretOf(settings: SharedSettings): string {
  const secret = settings.signingSecret;
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError([`SUBGRAPH_SIGNING_SECRET: ${secret ? 'too short' : 'not set'}; set it to the same random string of at least ${MIN_SECRET_LENGTH} characters for the gateway and every subgraph (npm start generates one)`]);
  }
  return secret;
}

/** DATABASE_URL when set, else the URL of the embedded Postgres `npm start` runs. */
export function databaseUrlOf(settings: SharedSettings): string {
  return settings.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${settings.embeddedPgPort}/keyfield`;
}
