import { printTable } from '../lib/table';
import type { Combined } from './report';

export interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

const ratio = (a: number | undefined, b: number | undefined): number => (a && b ? a / b : Number.NaN);

/** The issue's goals, judged on one run's numbers (ratios within the run). */
export function judgeGoals(results: Combined[], sizes: number[]): Goal[] {
  const at = (size: number | undefined, workload: string, target: string): Combined | undefined =>
    results.find((r) => r.size === size && r.workload === workload && r.target === target);
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const goals: Goal[] = [];
  const add = (goal: string, value: number, limit: number, atMost: boolean, unit = '×'): void => {
    if (Number.isNaN(value)) return;
    goals.push({ goal, measured: `${value.toFixed(2)}${unit === '×' ? ' ×' : ` ${unit}`}`, met: atMost ? value <= limit : value >= limit });
  };
  add('column page: keyfield ≥ 0.5 × raw (req/s)', ratio(at(first, 'column', 'keyfield')?.requestsPerSecond, at(first, 'column', 'raw')?.requestsPerSecond), 0.5, false);
  add('profile: keyfield ≥ 2 × peer (req/s)', ratio(at(first, 'profile', 'keyfield')?.requestsPerSecond, at(first, 'profile', 'peer')?.requestsPerSecond), 2, false);
  add('profile: keyfield ≥ 0.35 × raw (req/s)', ratio(at(first, 'profile', 'keyfield')?.requestsPerSecond, at(first, 'profile', 'raw')?.requestsPerSecond), 0.35, false);
  add('batch: keyfield p50 ≤ 200 ms', at(first, 'batch', 'keyfield')?.latencyMs.p50 ?? Number.NaN, 200, true, 'ms');
  if (last !== first) {
    for (const w of ['column', 'profile']) {
      add(`scale ${w}: keyfield p99 at ${last?.toLocaleString('en')} ≤ 1.5 × at ${first?.toLocaleString('en')}`,
        ratio(at(last, w, 'keyfield')?.latencyMs.p99, at(first, w, 'keyfield')?.latencyMs.p99), 1.5, true);
    }
  }
  const gateway = results.filter((r) => r.target === 'keyfield').map((r) => r.rssMb['keyfield']?.underLoad ?? 0);
  if (gateway.length) add('keyfield gateway RSS under load ≤ 250 MB', Math.max(...gateway), 250, true, 'MB');
  return goals;
}

export function printGoals(goals: Goal[]): void {
  console.log('\ngoals');
  printTable(['goal', 'measured', 'met'], goals.map((g) => [g.goal, g.measured, g.met ? 'yes' : 'no']));
}
