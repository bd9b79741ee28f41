import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphSdl } from './subgraph-sdl';

/** Composition failed; `problems` holds one printed line per error, with its code. */
export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** A supergraph SDL and the composer's hints (advice, never fatal). */
export interface Supergraph {
  sdl: string;
  hints: string[];
}

/** Composes the subgraphs with Apollo's Federation 2 composer; throws CompositionError on errors. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): Supergraph {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new CompositionError(result.errors.map((e) => {
      const code = e.extensions['code'];
      return typeof code === 'string' ? `[${code}] ${e.message}` : e.message;
    }));
  }
  return { sdl: result.supergraphSdl, hints: result.hints.map((h) => h.toString()) };
}
