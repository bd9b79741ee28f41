import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { IDENTITY_EXTENSION, isRole, PUBLIC_IDENTITY, signRequestBody, type Identity } from '@keyfield/core';
import { jwtVerify } from 'jose';

/**
 * The peer target: @apollo/gateway serving schema/supergraph.graphql over the same subgraph
 * processes, under the same subgraph-side policy as keyfield — the caller's identity from an HS256
 * bearer token (verified), put into each subgraph request's `extensions.identity`, the exact body
 * signed with SUBGRAPH_SIGNING_SECRET. Apollo's own HTTP client (make-fetch-happen) sends it.
 * PEER_PORT, JWT_SECRET, SUBGRAPH_SIGNING_SECRET, SUBGRAPH_URL_<NAME>.
 */
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

interface PeerContext {
  identity: Identity;
}

const signingSecret = env('SUBGRAPH_SIGNING_SECRET');
const jwtKey = new TextEncoder().encode(env('JWT_SECRET'));

/** A subgraph data source that vouches for the caller and signs what it sends. */
class SignedDataSource extends RemoteGraphQLDataSource<PeerContext> {
  constructor(url: string) {
    super({ url });
    const send = this.fetcher;
    this.fetcher = (input, init) => send(input, { ...init, headers: { ...init?.headers, ...signRequestBody(signingSecret, String(init?.body ?? '')) } });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PeerContext>): void {
    request.extensions = { [IDENTITY_EXTENSION]: (context as Partial<PeerContext>).identity ?? PUBLIC_IDENTITY };
  }
}

async function identityOf(authorization: string | undefined): Promise<Identity> {
  if (!authorization?.startsWith('Bearer ')) return PUBLIC_IDENTITY;
  const { payload } = await jwtVerify(authorization.slice('Bearer '.length), jwtKey, { algorithms: ['HS256'] });
  if (!isRole(payload['role'])) throw new Error('token without a role');
  return { role: payload['role'], subject: payload.sub ?? null, domains: [] };
}

async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync('schema/supergraph.graphql', 'utf8'),
    buildService: ({ name, url }) => new SignedDataSource(process.env[`SUBGRAPH_URL_${name.toUpperCase()}`] ?? url ?? ''),
  });
  const server = new ApolloServer<PeerContext>({ gateway });
  await startStandaloneServer(server, {
    listen: { port: Number(env('PEER_PORT')), host: '127.0.0.1' },
    context: async ({ req }) => ({ identity: await identityOf(req.headers.authorization) }),
  });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

void main();
