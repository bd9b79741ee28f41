import type { IncomingMessage } from 'node:http';
import { CacheableRequests } from './cache/cacheable-requests';
import { ChangeFeed } from './cache/change-feed';
import { PublicAnswerCache, type ResponseCacheOptions } from './cache/public-answer-cache';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Logger } from '@keyfield/core';
import { drainingServer } from './http/draining-server';
import { useAuthentication } from './identity/authentication-plugin';
import { mayIntrospect } from './identity/introspection';
import type { JwtOptions } from './identity/jwt-keys';
import { RequestIdentities } from './identity/request-identities';
import { tokenVerifier } from './identity/token-verifier';
import { useRequestLimits } from './limits/limits-plugin';
import { DEFAULT_LIMITS, type RoleLimits } from './limits/request-limits';
import type { PersistedDocuments } from './persisted/persisted-documents';
import { persistedDocumentsOption } from './persisted/persisted-option';
import { publicClientKey } from './rate-limit/client-key';
import { admitPublic, rateLimitersFor, useRateLimit, type RateLimiters } from './rate-limit/rate-limit-plugin';
import type { RateLimits } from './rate-limit/rate-limits';
import { hiveLoggerFor } from './runtime/hive-logger';
import { signedHttpTransport } from './runtime/http-transport';
import { useIdentityExtension } from './runtime/identity-extension';
import { maskErrorFor } from './runtime/mask-error';
import { withoutSignalHandlers } from './runtime/signal-handlers';
import { transportEntriesFor } from './runtime/transport-entries';

/** Path of the GraphQL endpoint; a browser GET there gets GraphiQL (outside production). */
export const GRAPHQL_PATH = '/graphql';

export interface GatewayOptions {
  /** The supergraph SDL to serve: schema/supergraph.graphql, or one composed in memory. */
  supergraphSdl: string;
  /** Subgraph name → URL replacing the supergraph's routing URL (SUBGRAPH_URL_<NAME>). */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** Production mode: no GraphiQL, no landing page, no introspection for the public. */
  production?: boolean;
  logger: Logger;
  /** How long close() lets in-flight requests run before their connections are cut, in ms. */
  shutdownGraceMs?: number;
  /** The secret every subgraph request is signed with (SUBGRAPH_SIGNING_SECRET). */
  signingSecret: string;
  /** How bearer tokens are verified; without it every request with an Authorization header is refused. */
  jwt?: JwtOptions;
  /** Request limits per kind of caller; DEFAULT_LIMITS when omitted. */
  limits?: RoleLimits;
  /** Requests per client and window; no rate limit when omitted. */
  rateLimits?: RateLimits;
  /** The portal's persisted documents, runnable by their hash; none when omitted. */
  persistedDocuments?: PersistedDocuments;
  /** Anonymous clients may run only `persistedDocuments` (GATEWAY_PUBLIC_PERSISTED_ONLY). */
  publicPersistedOnly?: boolean;
  /** A response cache for public requests ahead of the pipeline, dropped whenever `databaseUrl` announces a change; none when omitted. */
  responseCache?: ResponseCacheOptions & { databaseUrl: string };
}

export interface Gateway {
  runtime: GatewayRuntime;
  /** Starts listening; resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then disposes the runtime. */
  close(): Promise<void>;
}

/** What the policy plugins and the cache ahead of them share about each request. */
interface RequestPolicy {
  identities: RequestIdentities;
  limiters: RateLimiters | null;
  cacheable: CacheableRequests | null;
}

/**
 * The policy plugins, in the order their hooks must run: who is asking (401 on a bad token) →
 * their rate limit (429) → their request limits (QUERY_TOO_COMPLEX) → their identity into every
 * subgraph request, which the transport signs → whether the answer may be kept for the public.
 */
function policyPlugins(options: GatewayOptions, policy: RequestPolicy) {
  const { identities, limiters, cacheable } = policy;
  return [
    useAuthentication(options.jwt ? tokenVerifier(options.jwt) : null, identities, options.logger),
    ...(options.rateLimits && limiters ? [useRateLimit(options.rateLimits, identities, limiters)] : []),
    useRequestLimits(options.limits ?? DEFAULT_LIMITS, identities),
    useIdentityExtension(identities),
    ...(cacheable ? [cacheable.plugin()] : []),
  ];
}

function runtimeFor(options: GatewayOptions, policy: RequestPolicy): GatewayRuntime {
  const production = options.production ?? false;
  if (options.publicPersistedOnly && !options.persistedDocuments) throw new Error('publicPersistedOnly needs persistedDocuments: anonymous clients could run nothing');
  const { identities } = policy;
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    // The Rust query planner of Hive Router instead of the JavaScript one.
    unifiedGraphHandler,
    transports: { http: signedHttpTransport(options.signingSecret) },
    transportEntries: transportEntriesFor(options.supergraphSdl, options.subgraphUrls ?? {}),
    logging: hiveLoggerFor(options.logger),
    maskedErrors: { maskError: maskErrorFor(options.logger), errorMessage: 'Internal server error' },
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    graphiql: production ? false : { title: 'keyfield' },
    renderGraphiQL,
    landingPage: !production,
    disableIntrospection: production ? { disableIf: ({ context }) => !mayIntrospect(identities.of(context.request)) } : undefined,
    persistedDocuments: options.persistedDocuments && persistedDocumentsOption(options.persistedDocuments, options.publicPersistedOnly ?? false, identities),
    plugins: () => policyPlugins(options, policy),
    productName: 'keyfield',
  });
}

type GraphiQLPage = typeof import('@graphql-yoga/render-graphiql');

/**
 * The IDE's page, its scripts and styles served from the package itself: no CDN needed, it works on
 * a machine that reaches nothing but this gateway. The package (9 MB of script, about 40 MB of RSS
 * once loaded) is read on the first request for the page, so a gateway nobody browses never holds it.
 */
function renderGraphiQL(opts: Parameters<GraphiQLPage['renderGraphiQL']>[0]): string {
  return (require('@graphql-yoga/render-graphiql') as GraphiQLPage).renderGraphiQL(opts);
}
/**
 * The gateway over a static supergraph, behind a node:http server; opens no port. The supergraph
 * is loaded and planned before this resolves, so a bad SDL fails here, not on the first request.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const identities = new RequestIdentities();
  const policy: RequestPolicy = {
    identities,
    limiters: options.rateLimits ? rateLimitersFor(options.rateLimits) : null,
    cacheable: options.responseCache ? new CacheableRequests(identities) : null,
  };
  const feed = options.responseCache ? new ChangeFeed(options.responseCache.databaseUrl, options.logger) : null;
  // close() owns shutdown: the runtime's own SIGTERM/SIGINT disposal would abort in-flight requests.
  const runtime = withoutSignalHandlers(() => runtimeFor(options, policy));
  try {
    await runtime.getSchema();
    await feed?.start();
  } catch (err) {
    await runtime.dispose();
    throw err;
  }
  const cache = options.responseCache && feed && policy.cacheable
    ? new PublicAnswerCache(options.responseCache, feed, policy.cacheable, publicAdmission(options, policy.limiters), options.logger)
    : null;
  const server = drainingServer(cache ? cache.listener(GRAPHQL_PATH, runtime, (request, context) => Promise.resolve(runtime.handleRequest(request, context))) : runtime);
  return {
    runtime,
    listen: async (port, host = '127.0.0.1') => `${await server.listen(port, host)}${GRAPHQL_PATH}`,
    close: async () => {
      await server.close(options.shutdownGraceMs ?? 8000);
      await feed?.stop();
      await runtime.dispose();
    },
  };
}

/** An anonymous client's rate limit, spent by a cached answer as by any other request. */
function publicAdmission(options: GatewayOptions, limiters: RateLimiters | null): (req: IncomingMessage) => Promise<boolean> {
  return limiters ? (req) => admitPublic(limiters, publicClientKey(req, options.rateLimits?.clientIpHeader)) : async () => true;
}
