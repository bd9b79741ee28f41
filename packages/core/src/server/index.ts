export { createSubgraphServer } from './subgraph-server';
export type { SubgraphServer } from './subgraph-server';
export type { Route } from './http-handler';
export { bootSubgraph } from './boot';
export type { SubgraphBoot } from './boot';
