import type { TransportEntryAdditions } from '@graphql-hive/gateway-runtime';
import { subgraphUrlEnv } from '../config';
import type { HttpTransportOptions } from './http-transport';
import { subgraphNamesOf } from './supergraph-subgraphs';

/**
 * Dedupe (executor-http's `deduplicateInflightRequests`, the documented default of Hive Gateway,
 * kept on explicitly): while a query to a subgraph is in flight, an identical one — same URL,
 * headers and body, e.g. two clients asking for the same region at once — waits for that
 * response instead of sending a second request. The body carries the caller's identity
 * (identity-extension.ts), so only callers with the same identity share. Mutations are never
 * deduplicated.
 */
const HTTP_OPTIONS: HttpTransportOptions = { deduplicateInflightRequests: true };

/**
 * The runtime's `transportEntries`: options for every `http` subgraph, and a `location` per
 * subgraph whose URL is overridden. The runtime merges these over the entries it derives from the
 * supergraph's `@join__graph(name, url)` (fusion-runtime,
 * getTransportEntryMapUsingFusionAndFederationDirectives). An override naming no subgraph of the
 * supergraph is a configuration mistake and throws.
 */
export function transportEntriesFor(supergraphSdl: string, subgraphUrls: Readonly<Record<string, string>>): TransportEntryAdditions {
  const known = subgraphNamesOf(supergraphSdl);
  const unknown = Object.keys(subgraphUrls).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new Error(`${unknown.map(subgraphUrlEnv).join(', ')} ${unknown.length === 1 ? 'names' : 'name'} no subgraph of the supergraph (it has: ${known.join(', ')})`);
  }
  const entries: TransportEntryAdditions = { '*.http': { options: HTTP_OPTIONS } };
  for (const [name, location] of Object.entries(subgraphUrls)) entries[name] = { location };
  return entries;
}
