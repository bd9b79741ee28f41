import { PUBLIC_IDENTITY, type Identity } from '../identity/identity';
import { IDENTITY_EXTENSION, signRequestBody } from '../identity/request-signature';

export interface GraphQLReply {
  status: number;
  // Tests and scripts read a reply loosely, as any GraphQL response is read: its shape is the query's.
  data?: any;
  errors?: any[];
}

/**
 * A GraphQL client that calls a subgraph the way the gateway does: the identity in
 * `extensions.identity`, the body signed. For tests and operator scripts that hold the secret.
 */
export function signedGraphQL(url: string, secret: string, identity: Identity = PUBLIC_IDENTITY) {
  return async (query: string, variables?: Record<string, unknown>): Promise<GraphQLReply> => {
    const body = JSON.stringify({ query, variables, extensions: { [IDENTITY_EXTENSION]: identity } });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequestBody(secret, body) }, body });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLReply, 'status'>) };
  };
}
