import type { Transport } from '@graphql-mesh/transport-common';
import { buildHTTPExecutor, type AsyncFetchFn, type HTTPExecutorOptions } from '@graphql-tools/executor-http';

/** Options a transport entry of kind `http` may carry (`transportEntries['*.http'].options`). */
export type HttpTransportOptions = Pick<HTTPExecutorOptions, 'timeout' | 'retry' | 'deduplicateInflightRequests' | 'useGETForQueries'>;

/**
 * The `http` transport: GraphQL over HTTP POST to the entry's `location`. It is what
 * `@graphql-mesh/transport-http` does for queries and mutations, without its subscriptions and
 * header interpolation, which keyfield does not use. The gateway's instrumented fetch is passed
 * through so its hooks (timeouts, request ids, logs) see every subgraph call.
 */
export const httpTransport: Transport<HttpTransportOptions> = {
  getSubgraphExecutor({ transportEntry, fetch, getDisposeReason }) {
    if (!transportEntry.location) throw new Error(`subgraph ${transportEntry.subgraph} has no URL in the supergraph`);
    const options = { endpoint: transportEntry.location, ...transportEntry.options, getDisposeReason };
    // The runtime's fetch also takes (context, info); its init type is a superset of RequestInit.
    return fetch ? buildHTTPExecutor({ ...options, fetch: fetch as AsyncFetchFn }) : buildHTTPExecutor(options);
  },
};
