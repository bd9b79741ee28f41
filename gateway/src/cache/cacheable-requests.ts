import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import type { RequestIdentities } from '../identity/request-identities';

/**
 * The requests whose answer may be stored for the public: a query (never a mutation) that the
 * gateway executed for the public identity. Marked from inside the pipeline, after authentication,
 * limits and persisted-document checks have let it through.
 */
export class CacheableRequests {
  private readonly marked = new WeakSet<Request>();

  constructor(private readonly identities: RequestIdentities) {}

  has(request: Request): boolean {
    return this.marked.has(request);
  }

  plugin(): GatewayPlugin {
    return {
      onExecute: ({ args }) => {
        const request = (args.contextValue as { request?: Request }).request;
        if (!request || this.identities.of(request).role !== 'public') return;
        if (getOperationAST(args.document, args.operationName)?.operation === 'query') this.marked.add(request);
      },
    };
  }
}
