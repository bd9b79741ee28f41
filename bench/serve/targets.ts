import { GATEWAY_NODE_OPTIONS } from '../../scripts/lib/children';
import type { WorkloadName } from './options';

/** One server the workloads are measured against, side by side with the others. */
export interface TargetSpec {
  name: string;
  /** `graphql`: the workload's document and variables to one endpoint; `raw`: its arguments to `/<workload>`. */
  kind: 'graphql' | 'raw';
  /** Boot file of its front process; `counted` boots it with the SQL counter (it runs SQL itself). */
  entry: { path: string; counted: boolean };
  /** Environment of its front process, listening on `port`. */
  env: (port: number) => Record<string, string>;
  path: (workload: WorkloadName) => string;
  /** The processes that do its work (besides Postgres): its CPU per request is theirs. */
  uses: string[];
  /** Only these workloads (all when omitted). */
  workloads?: WorkloadName[];
}

/** A started target. */
export interface Target extends TargetSpec {
  base: string;
}

const SUBGRAPHS = ['catalog', 'credit', 'trading'];

/** The keyfield gateway's settings for the bench: the rate limiter off (one client sends everything), a cost budget the 500-profile batch fits in. */
const KEYFIELD_ENV = {
  GATEWAY_PUBLIC_RATE_LIMIT: '0', GATEWAY_SIGNED_IN_RATE_LIMIT: '0', GATEWAY_SIGNED_IN_MAX_COST: '1000000',
  // The gateway's heap, as `npm start` and docker-compose run it.
  NODE_OPTIONS: GATEWAY_NODE_OPTIONS,
};

/**
 * The targets, in the order each round alternates them; each gateway is its own process over the
 * same subgraph processes. keyfield is measured uncached (the goals); keyfield-cached, its
 * public response cache on, beside it where the cache applies.
 */
export const TARGETS: TargetSpec[] = [
  {
    name: 'raw', kind: 'raw', entry: { path: 'bench/serve/raw/raw-server.ts', counted: true },
    env: (port) => ({ RAW_PORT: String(port) }), path: (w) => `/${w}`, uses: ['raw'],
  },
  {
    name: 'peer', kind: 'graphql', entry: { path: 'bench/serve/peer/peer-gateway.ts', counted: false },
    env: (port) => ({ PEER_PORT: String(port) }), path: () => '/', uses: ['peer', ...SUBGRAPHS],
  },
  {
    name: 'keyfield', kind: 'graphql', entry: { path: 'gateway/src/index.ts', counted: false },
    env: (port) => ({ ...KEYFIELD_ENV, GATEWAY_PORT: String(port), GATEWAY_RESPONSE_CACHE_TTL_MS: '0' }),
    path: () => '/graphql', uses: ['keyfield', ...SUBGRAPHS],
  },
  {
    // The cache's defaults; signed-in callers never touch it, so the column page only.
    name: 'keyfield-cached', kind: 'graphql', entry: { path: 'gateway/src/index.ts', counted: false },
    env: (port) => ({ ...KEYFIELD_ENV, GATEWAY_PORT: String(port) }),
    path: () => '/graphql', uses: ['keyfield-cached', ...SUBGRAPHS], workloads: ['column'],
  },
];
