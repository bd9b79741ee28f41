import { resolve } from 'node:path';
import { collectProblems, ConfigError, databaseUrlOf, flag, integer, readSettings, sharedSettings, signingSecretOf, text, url, type SettingsSpec, type SharedSettings } from '@keyfield/core';
import { readJwtSettings, type JwtConfig } from './identity/jwt-settings';
import { readLimitSettings } from './limits/limit-settings';
import type { RoleLimits } from './limits/request-limits';
import { readRateLimitSettings } from './rate-limit/rate-limit-settings';
import type { RateLimits } from './rate-limit/rate-limits';

/** Environment variables that override a subgraph's URL start with this, then the subgraph's name. */
export const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

/** `catalog` → `SUBGRAPH_URL_CATALOG`: the variable that points the gateway at that subgraph. */
export function subgraphUrlEnv(subgraph: string): string {
  return `${SUBGRAPH_URL_PREFIX}${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

const gatewaySpec = {
  supergraphPath: text('SUPERGRAPH_PATH', 'supergraph SDL file the gateway serves, relative to the working directory', 'schema/supergraph.graphql'),
  shutdownGraceMs: integer('GATEWAY_SHUTDOWN_GRACE_MS', 'on SIGTERM, how long in-flight requests may take before their connections are cut, in milliseconds', 8000, 0, 600_000),
  persistedDocumentsPath: text('GATEWAY_PERSISTED_DOCUMENTS', 'JSON file of the portal\'s persisted documents (sha256 hash → document)', 'gateway/persisted/portal.json'),
  publicPersistedOnly: flag('GATEWAY_PUBLIC_PERSISTED_ONLY', 'anonymous clients may run only the persisted documents', false),
  responseCacheTtlMs: integer('GATEWAY_RESPONSE_CACHE_TTL_MS', 'how long a cached public response is served at most, in milliseconds (0: no response cache)', 60_000, 0, 86_400_000),
  responseCacheMaxEntries: integer('GATEWAY_RESPONSE_CACHE_MAX_ENTRIES', 'public responses the cache keeps at most', 5000, 1, 1_000_000),
  responseCacheMaxMb: integer('GATEWAY_RESPONSE_CACHE_MAX_MB', 'memory the cached public responses (the bytes sent) may take at most, in megabytes', 32, 1, 4096),
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
  /** Production mode: no GraphiQL, no landing page, no introspection for the public. */
  production: boolean;
  shutdownGraceMs: number;
  logLevel: SharedSettings['logLevel'];
  /** The secret subgraph requests are signed with (SUBGRAPH_SIGNING_SECRET). */
  signingSecret: string;
  /** Where the keys that verify bearer tokens come from. */
  jwt: JwtConfig;
  /** Depth, aliases, cost, tokens and list size per kind of caller. */
  limits: RoleLimits;
  /** Requests per client and window. */
  rateLimits: RateLimits;
  /** Absolute path of the persisted-documents file. */
  persistedDocumentsPath: string;
  publicPersistedOnly: boolean;
  /** The public response cache, over the database whose change announcements drop it; null when off. */
  responseCache: { ttlMs: number; maxEntries: number; maxMb: number; databaseUrl: string } | null;
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

/** The token settings alone (for `npm run token`, which needs no other gateway setting). */
export function loadJwtConfig(env: NodeJS.ProcessEnv = process.env): JwtConfig {
  return readJwtSettings(env, sharedSettings(env).production);
}

/** Reads and validates the gateway's settings; throws one ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const problems: string[] = [];
  const attempt = collectProblems(problems);
  const shared = attempt(() => sharedSettings(env));
  const own = attempt(() => readSettings(gatewaySpec, env));
  const subgraphUrls = attempt(() => subgraphUrlsFrom(env));
  const signingSecret = shared && attempt(() => signingSecretOf(shared));
  const jwt = shared && attempt(() => readJwtSettings(env, shared.production));
  const limits = attempt(() => readLimitSettings(env));
  const rateLimits = attempt(() => readRateLimitSettings(env));
  if (!shared || !own || !subgraphUrls || !signingSecret || !jwt || !limits || !rateLimits) throw new ConfigError(problems);
  return {
    port: shared.gatewayPort,
    host: shared.host,
    supergraphPath: resolve(own.supergraphPath),
    subgraphUrls,
    production: shared.production,
    shutdownGraceMs: own.shutdownGraceMs,
    logLevel: shared.logLevel,
    signingSecret,
    jwt,
    limits,
    rateLimits,
    persistedDocumentsPath: resolve(own.persistedDocumentsPath),
    publicPersistedOnly: own.publicPersistedOnly,
    responseCache: own.responseCacheTtlMs === 0 ? null : { ttlMs: own.responseCacheTtlMs, maxEntries: own.responseCacheMaxEntries, maxMb: own.responseCacheMaxMb, databaseUrl: databaseUrlOf(shared) },
  };
}
