import { resolve } from 'node:path';
import { collectProblems, ConfigError, integer, readSettings, sharedSettings, text, url, type SettingsSpec, type SharedSettings } from '@keyfield/core';

/** Environment variables that override a subgraph's URL start with this, then the subgraph's name. */
export const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

/** `catalog` → `SUBGRAPH_URL_CATALOG`: the variable that points the gateway at that subgraph. */
export function subgraphUrlEnv(subgraph: string): string {
  return `${SUBGRAPH_URL_PREFIX}${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

const gatewaySpec = {
  supergraphPath: text('SUPERGRAPH_PATH', 'supergraph SDL file the gateway serves, relative to the working directory', 'schema/supergraph.graphql'),
  shutdownGraceMs: integer('GATEWAY_SHUTDOWN_GRACE_MS', 'on SIGTERM, how long in-flight requests may take before their connections are cut, in milliseconds', 8000, 0, 600_000),
};

/** The gateway's settings: the only reader of process.env for the gateway. */
export interface GatewayConfig {
  /** Port to listen on (GATEWAY_PORT; 0 picks a free one). */
  port: number;
  /** Interface to bind (HOST). */
  host: string;
  /** Absolute path of the supergraph SDL file. */
  supergraphPath: string;
  /** Subgraph name (lower case, as in the supergraph) → URL replacing the supergraph's routing URL. */
  subgraphUrls: Record<string, string>;
  /** Production mode: no GraphiQL, no landing page, no introspection. */
  production: boolean;
  shutdownGraceMs: number;
  logLevel: SharedSettings['logLevel'];
}

/** Every `SUBGRAPH_URL_<NAME>` set in `env`, each validated as an http(s) URL. */
function subgraphUrlsFrom(env: NodeJS.ProcessEnv): Record<string, string> {
  const spec: SettingsSpec = {};
  for (const key of Object.keys(env)) {
    if (!key.startsWith(SUBGRAPH_URL_PREFIX) || key === SUBGRAPH_URL_PREFIX) continue;
    const name = key.slice(SUBGRAPH_URL_PREFIX.length).toLowerCase();
    spec[name] = url(key, `GraphQL URL of the ${name} subgraph, replacing the supergraph's`, '');
  }
  const read = readSettings(spec, env) as Record<string, string>;
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== ''));
}

/** Reads and validates the gateway's settings; throws one ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  const attempt = collectProblems(problems);
  const shared = attempt(() => sharedSettings(env));
  const own = attempt(() => readSettings(gatewaySpec, env));
  const subgraphUrls = attempt(() => subgraphUrlsFrom(env));
  if (!shared || !own || !subgraphUrls) throw new ConfigError(problems);
  return {
    port: shared.gatewayPort,
    host: shared.host,
    supergraphPath: resolve(own.supergraphPath),
    subgraphUrls,
    production: shared.production,
    shutdownGraceMs: own.shutdownGraceMs,
    logLevel: shared.logLevel,
  };
}
