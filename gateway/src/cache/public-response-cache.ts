import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { shanghaiDateOf } from '@keyfield/core';
import type { RequestIdentities } from '../identity/request-identities';
import { boundedResponseStore } from './bounded-response-store';
import type { ChangeFeed } from './change-feed';

export interface ResponseCacheOptions {
  /** How long a cached public response may be served, in milliseconds. */
  ttlMs: number;
  /** Responses kept at most (least recently used go first). */
  maxEntries: number;
  /** Estimated heap the kept responses may take, in megabytes. */
  maxMb: number;
}

/** The persisted document a request names, when it sends a hash rather than a query. */
function persistedHash(context: unknown): string {
  const params = (context as { params?: { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } }).params;
  const hash = params?.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : '';
}

/**
 * A response cache for the public only (policy.md: a cached public response never holds what
 * another role may see): a request with any verified identity but the public's is neither served
 * from it nor stored in it. Entries are keyed by document (or persisted hash), variables, the
 * data generation of `feed` and the Shanghai day (publicity windows move at midnight); while `feed` is not listening nothing is cached.
 * Responses with errors are never stored. The store is bounded by count and by estimated heap, and
 * emptied when the generation moves (no key reaches an older entry any more).
 */
export function usePublicResponseCache(options: ResponseCacheOptions, identities: RequestIdentities, feed: ChangeFeed, clock: () => Date = () => new Date()): GatewayPlugin {
  const store = boundedResponseStore({ maxEntries: options.maxEntries, maxBytes: options.maxMb * 1024 * 1024 });
  feed.onAdvance.add(() => store.clear());
  return useResponseCache({
    cache: store,
    ttl: options.ttlMs,
    session: () => null,
    enabled: (request) => feed.listening && identities.of(request).role === 'public',
    // Only `id` marks entities; invalidation is by generation, so no per-entity bookkeeping is needed.
    idFields: [],
    buildResponseCacheKey: (params) => createHash('sha256')
      .update(JSON.stringify([params.documentString, persistedHash(params.context), params.variableValues ?? null, params.operationName ?? null, feed.generation, shanghaiDateOf(clock())]))
      .digest('hex'),
  }) as GatewayPlugin;
}
