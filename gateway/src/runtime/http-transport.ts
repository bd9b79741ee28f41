import type { Transport } from '@graphql-mesh/transport-common';
import { buildHTTPExecutor, type AsyncFetchFn, type HTTPExecutorOptions } from '@graphql-tools/executor-http';
import { signRequestBody } from '@keyfield/core';

/** Options a transport entry of kind `http` may carry (`transportEntries['*.http'].options`). */
export type HttpTransportOptions = Pick<HTTPExecutorOptions, 'timeout' | 'retry' | 'deduplicateInflightRequests' | 'useGETForQueries'>;

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers = init?.headers;
  if (!headers) return {};
  return headers instanceof Headers || Array.isArray(headers) ? Object.fromEntries(new Headers(headers)) : { ...headers };
}

/**
 * `fetchFn` that signs each request's exact body bytes (`signRequestBody`): the last step before
 * the request leaves, after in-flight dedupe, so every request sent carries its own fresh
 * signature. Only POST with a JSON string body can be signed; anything else is refused here rather
 * than sent unsigned.
 */
function signing(fetchFn: AsyncFetchFn, secret: string): AsyncFetchFn {
  return (url, init, context, info) => {
    const body = init?.body;
    if (typeof body !== 'string') throw new Error(`refusing to send an unsignable ${init?.method ?? 'GET'} request to ${url}: subgraph requests are POSTs with a JSON body`);
    return fetchFn(url, { ...init, headers: { ...headersOf(init), ...signRequestBody(secret, body) } }, context, info);
  };
}

/**
 * The `http` transport: GraphQL over HTTP POST to the entry's `location`, each request signed with
 * `signingSecret` so the subgraph knows it passed through the gateway (policy.md "Roles"). It is
 * what `@graphql-mesh/transport-http` does for queries and mutations, without its subscriptions
 * and header interpolation, which keyfield does not use. The gateway's instrumented fetch is
 * wrapped, not replaced, so its hooks (timeouts, request ids, logs) see every subgraph call.
 */
export function signedHttpTransport(signingSecret: string): Transport<HttpTransportOptions> {
  return {
    getSubgraphExecutor({ transportEntry, fetch, getDisposeReason }) {
      if (!transportEntry.location) throw new Error(`subgraph ${transportEntry.subgraph} has no URL in the supergraph`);
      // The runtime's fetch also takes (context, info); its init type is a superset of RequestInit.
      const fetchFn = signing((fetch ?? globalThis.fetch) as AsyncFetchFn, signingSecret);
      return buildHTTPExecutor({ endpoint: transportEntry.location, ...transportEntry.options, getDisposeReason, fetch: fetchFn });
    },
  };
}
