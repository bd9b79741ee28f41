import { printTable } from '../lib/table';
import type { RunResult } from './measure';
import type { Target } from './targets';

/**
 * Every round of one target under one workload at one size, combined: rates and percentiles are
 * means over the rounds, CPU and SQL per request weighted by requests, resident sets maxima.
 */
export interface Combined extends Omit<RunResult, 'firstError'> {
  size: number;
  /** SQL statements per counted process of one request alone (exact), when counted. */
  sqlOfOneRequest?: Record<string, number>;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

function weighted(runs: RunResult[], pick: (r: RunResult) => Record<string, number>): Record<string, number> {
  const total = runs.reduce((s, r) => s + r.requests, 0) || 1;
  const names = new Set(runs.flatMap((r) => Object.keys(pick(r))));
  return Object.fromEntries([...names].map((n) => [n, round(runs.reduce((s, r) => s + (pick(r)[n] ?? 0) * r.requests, 0) / total)]));
}

/** Combines the rounds of one size, workload and target. */
export function combine(size: number, runs: RunResult[]): Combined {
  const first = runs[0];
  if (!first) throw new Error('no runs to combine');
  const names = Object.keys(first.rssMb);
  return {
    size, workload: first.workload, target: first.target,
    requests: runs.reduce((s, r) => s + r.requests, 0),
    requestsPerSecond: round(mean(runs.map((r) => r.requestsPerSecond)), 1),
    latencyMs: { p50: round(mean(runs.map((r) => r.latencyMs.p50)), 1), p99: round(mean(runs.map((r) => r.latencyMs.p99)), 1), p99_9: round(mean(runs.map((r) => r.latencyMs.p99_9)), 1) },
    errors: runs.reduce((s, r) => s + r.errors, 0),
    cpuMsPerRequest: weighted(runs, (r) => r.cpuMsPerRequest),
    sqlPerRequest: weighted(runs, (r) => r.sqlPerRequest),
    rssMb: Object.fromEntries(names.map((n) => [n, {
      underLoad: Math.max(...runs.map((r) => r.rssMb[n]?.underLoad ?? 0)), sinceStart: Math.max(...runs.map((r) => r.rssMb[n]?.sinceStart ?? 0)),
    }])),
  };
}

const HEADERS = ['target', 'req/s', '× raw', 'p50 ms', 'p99 ms', 'p99.9 ms', 'errors', 'SQL/req', 'CPU ms/req: front', 'subgraphs', 'postgres', 'RSS MB front: load / peak'];

/** One row of the table: the front process is the target's first, the subgraphs the rest. */
function row(c: Combined, target: Target, raw: Combined | undefined): (string | number)[] {
  const [front = '', ...rest] = target.uses;
  const sum = (names: string[], of: Record<string, number>): number => round(names.reduce((s, n) => s + (of[n] ?? 0), 0));
  const rss = c.rssMb[front];
  return [
    c.target, c.requestsPerSecond, raw ? (c.requestsPerSecond / raw.requestsPerSecond).toFixed(2) : '', c.latencyMs.p50, c.latencyMs.p99, c.latencyMs.p99_9,
    c.errors, sum(target.uses, c.sqlOfOneRequest ?? c.sqlPerRequest), c.cpuMsPerRequest[front] ?? 0, rest.length ? sum(rest, c.cpuMsPerRequest) : '–', c.cpuMsPerRequest['postgres'] ?? 0,
    `${rss?.underLoad ?? 0} / ${rss?.sinceStart ?? 0}`,
  ];
}

/** Prints one table per size and workload. */
export function printResults(results: Combined[], targets: Target[]): void {
  const groups = [...new Set(results.map((r) => `${r.size}\u0000${r.workload}`))];
  for (const group of groups) {
    const [size, workload] = group.split('\u0000');
    const rows = results.filter((r) => `${r.size}\u0000${r.workload}` === group);
    const raw = rows.find((r) => r.target === 'raw');
    console.log(`\n${workload} — ${Number(size).toLocaleString('en')} penalties`);
    printTable(HEADERS, rows.flatMap((r) => targets.filter((t) => t.name === r.target).map((t) => row(r, t, raw))));
  }
}
