import type { GraphQLSchema } from 'graphql';
import type { SharedSettings } from '@keyfield/core';
import { buildCatalogSchema } from '../services/catalog/src/server';
import { buildCreditSchema } from '../services/credit/src/server';
import { buildOpsSchema } from '../services/ops/src/server';
import { buildTradingSchema } from '../services/trading/src/server';

/** One subgraph of the supergraph: its name, how to build its schema, and where it listens. */
export interface SubgraphEntry {
  name: string;
  /** Path of its boot file, relative to the repository root. */
  entry: string;
  buildSchema: () => Promise<GraphQLSchema>;
  port: (settings: SharedSettings) => number;
}

/** Every subgraph, in composition order. Adding a domain means adding a line here. */
export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'catalog',
    entry: 'services/catalog/src/index.ts',
    buildSchema: buildCatalogSchema,
    port: (s) => s.catalogPort,
  },
  {
    name: 'credit',
    entry: 'services/credit/src/index.ts',
    buildSchema: buildCreditSchema,
    port: (s) => s.creditPort,
  },
  {
    name: 'trading',
    entry: 'services/trading/src/index.ts',
    buildSchema: buildTradingSchema,
    port: (s) => s.tradingPort,
  },
  {
    name: 'ops',
    entry: 'services/ops/src/index.ts',
    buildSchema: buildOpsSchema,
    port: (s) => s.opsPort,
  },
];
