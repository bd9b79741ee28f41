export { buildSubgraphSdls, defaultSubgraphUrl } from './subgraph-sdl';
export type { SubgraphSource, SubgraphSdl } from './subgraph-sdl';
export { composeSupergraph, CompositionError } from './compose-supergraph';
export type { Supergraph } from './compose-supergraph';
export { buildSchemaFiles, SCHEMA_DIR, SUPERGRAPH_FILE } from './schema-files';
export type { SchemaFiles } from './schema-files';
export { findSchemaDrift, graphqlFilesIn } from './compare';
export type { SchemaDrift } from './compare';
