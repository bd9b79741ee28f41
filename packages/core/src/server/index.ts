export { createSubgraphServer } from './subgraph-server';
export type { SubgraphServer } from './subgraph-server';
export type { Route } from './http-handler';
export type { Clock, ServeOptions, SubgraphServerOptions } from './serve-options';
export { signedGraphQL, type GraphQLReply } from './signed-client';
export { bootSubgraph } from './boot';
export type { SubgraphBoot } from './boot';
