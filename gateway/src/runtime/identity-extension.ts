import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { IDENTITY_EXTENSION } from '@keyfield/core';
import type { RequestIdentities } from '../identity/request-identities';

/**
 * Puts the caller's identity into every subgraph request's body as `extensions.identity`, where
 * the subgraphs read it once the signature (added by the transport) checks out. Set here, before
 * executor-http's in-flight dedupe keys requests by their body, so callers of different roles or
 * subjects never share a subgraph response. The client's own `extensions` are not forwarded:
 * subgraphs take nothing from the client that the gateway has not vouched for.
 */
export function useIdentityExtension(identities: RequestIdentities): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, setExecutionRequest }) {
      const identity = identities.of((executionRequest.context as { request?: Request } | undefined)?.request);
      setExecutionRequest({ ...executionRequest, extensions: { [IDENTITY_EXTENSION]: identity } });
    },
  };
}
