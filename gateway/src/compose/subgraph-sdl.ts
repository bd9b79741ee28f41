import { printSubgraphSchema } from '@apollo/subgraph';
import { sharedSettings, type SharedSettings } from '@keyfield/core';
import type { GraphQLSchema } from 'graphql';

/** What composition needs of a subgraph; `SUBGRAPHS` in scripts/subgraphs.ts fits this shape. */
export interface SubgraphSource {
  name: string;
  buildSchema: () => Promise<GraphQLSchema>;
  port: (settings: SharedSettings) => number;
}

/** A subgraph's printed SDL (Federation directives and `@link` included) and its routing URL. */
export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/**
 * The routing URL written into the supergraph: the subgraph's default port on one machine. Taken
 * from the defaults, never the environment, so the committed file does not depend on who composed
 * it; deployments point the gateway elsewhere with SUBGRAPH_URL_<NAME>.
 */
export function defaultSubgraphUrl(source: SubgraphSource): string {
  return `http://127.0.0.1:${source.port(sharedSettings({}))}/graphql`;
}

/**
 * Builds each subgraph's schema from code and prints it the way the subgraph serves it on
 * `_service { sdl }`, so the committed file is exactly what composition sees.
 */
export async function buildSubgraphSdls(sources: readonly SubgraphSource[]): Promise<SubgraphSdl[]> {
  const out: SubgraphSdl[] = [];
  for (const source of sources) {
    const schema = await source.buildSchema();
    out.push({ name: source.name, url: defaultSubgraphUrl(source), sdl: printSubgraphSchema(schema) });
  }
  return out;
}
