/** The serving workloads, in the order they run. */
export const WORKLOAD_NAMES = ['column', 'profile', 'batch'] as const;

export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** The workloads measured again at every size after the first (issue: scale = workloads 1–2). */
export const SCALED_WORKLOADS: readonly WorkloadName[] = ['column', 'profile'];

/** `npm run bench -- serve [flags]`. */
export interface ServeOptions {
  /** Penalty rows per size; the first is the simulator size (synced), later ones are grown by cloning penalties. */
  sizes: number[];
  /** Length of one measured run (one target, one workload, one round), in seconds. */
  seconds: number;
  /** Times the targets are alternated (A B C A B C …) per workload and size. */
  rounds: number;
  workloads: WorkloadName[];
  /** Concurrent connections for the single-entity workloads (column, profile). */
  connections: number;
  /** Concurrent connections for the batch lookup (each request is 500 profiles). */
  batchConnections: number;
  /** Reuse this prepared database (from an earlier `--keep-database`) instead of creating and syncing one. */
  database?: string;
  /** Leave the database in place at the end and print its URL. */
  keepDatabase: boolean;
}

const DEFAULTS: ServeOptions = {
  sizes: [100_000, 1_000_000], seconds: 10, rounds: 2, workloads: [...WORKLOAD_NAMES], connections: 8, batchConnections: 2, keepDatabase: false,
};

function positive(flag: string, raw: string): number {
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${flag}: "${raw}" is not a positive whole number`);
  return n;
}

function workloadsOf(raw: string): WorkloadName[] {
  const names = raw.split(',').map((w) => w.trim()).filter(Boolean);
  const unknown = names.filter((w) => !(WORKLOAD_NAMES as readonly string[]).includes(w));
  if (unknown.length > 0) throw new Error(`--workloads: unknown ${unknown.join(', ')}; known: ${WORKLOAD_NAMES.join(', ')}`);
  return names as WorkloadName[];
}

/**
 * Reads the flags: `--sizes 100000,1000000` (or `--size N` for one), `--seconds`, `--rounds`,
 * `--workloads column,profile,batch`, `--connections`, `--batch-connections`, `--database URL`,
 * `--keep-database` (a flag; give it any value or none).
 */
export function serveOptions(args: Map<string, string>): ServeOptions {
  const sizes = args.get('--sizes') ?? args.get('--size');
  const parsed = sizes ? sizes.split(',').map((s) => positive('--sizes', s)) : DEFAULTS.sizes;
  if (parsed.some((s, i) => i > 0 && s <= (parsed[i - 1] ?? 0))) throw new Error('--sizes: give increasing sizes, the smallest first (it is the synced one)');
  const number = (flag: string, fallback: number): number => (args.has(flag) ? positive(flag, args.get(flag) ?? '') : fallback);
  return {
    sizes: parsed,
    seconds: number('--seconds', DEFAULTS.seconds),
    rounds: number('--rounds', DEFAULTS.rounds),
    workloads: args.has('--workloads') ? workloadsOf(args.get('--workloads') ?? '') : DEFAULTS.workloads,
    connections: number('--connections', DEFAULTS.connections),
    batchConnections: number('--batch-connections', DEFAULTS.batchConnections),
    database: args.get('--database') || undefined,
    keepDatabase: args.has('--keep-database'),
  };
}
