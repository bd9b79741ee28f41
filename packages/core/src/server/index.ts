export { createSubgraphServer } from './subgraph-server';
export type { SubgraphServer } from './subgraph-server';
