export { buildSubgraph, FEDERATION_LINK } from './build-subgraph';
export type { SubgraphOptions, ReferenceResolvers } from './build-subgraph';
