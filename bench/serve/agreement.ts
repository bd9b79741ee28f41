import { sqlCounts, type Observed } from './measure';
import type { Target } from './targets';
import type { Workload } from './workloads';

/** The first path where two JSON values differ, or null when they are equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b ? null : `${path || '.'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (diff) return diff;
  }
  return null;
}

export interface Agreement {
  /** Where a target's answer differs from the first target's (empty when all agree). */
  problems: string[];
  /** SQL statements each counted process ran for one request alone, per target (exact: nothing else runs). */
  sqlOfOneRequest: Record<string, Record<string, number>>;
}

/** One request to `target`, alone, with the SQL statements it cost each counted process. */
async function ask(o: Observed, target: Target, workload: Workload, body: string): Promise<{ answer: { data?: unknown; errors?: unknown }; sql: Record<string, number> }> {
  const before = await sqlCounts(o);
  const res = await fetch(`${target.base}${target.path(workload.name)}`, { method: 'POST', headers: { 'content-type': 'application/json', ...o.headers(workload) }, body });
  const answer = (await res.json()) as { data?: unknown; errors?: unknown };
  const after = await sqlCounts(o);
  const sql = Object.fromEntries([...after].map(([name, n]) => [name, n - (before.get(name) ?? 0)]).filter(([, n]) => n !== 0));
  return { answer, sql };
}

/**
 * Asks every target the same questions of `workload`, one at a time, and compares each answer's
 * `data` with the first target's: the raw server must answer what the graphs answer, or its numbers
 * mean nothing. Counts the SQL of each target's first answer on the way.
 */
export async function checkAgreement(o: Observed, targets: Target[], workload: Workload, samples = 5): Promise<Agreement> {
  const problems: string[] = [];
  const sqlOfOneRequest: Record<string, Record<string, number>> = {};
  for (const [n, sample] of workload.samples.slice(0, samples).entries()) {
    const answers = [];
    for (const t of targets) {
      const { answer, sql } = await ask(o, t, workload, t.kind === 'raw' ? sample.raw : sample.graphql);
      if (n === 0) sqlOfOneRequest[t.name] = sql;
      answers.push(answer);
    }
    const [reference, ...others] = answers;
    others.forEach((answer, i) => {
      const diff = answer.errors ? `errors ${JSON.stringify(answer.errors).slice(0, 300)}` : firstDifference(reference?.data, answer.data);
      if (diff) problems.push(`${workload.name}: ${targets[i + 1]?.name} vs ${targets[0]?.name} at ${diff.slice(0, 300)}`);
    });
  }
  return { problems, sqlOfOneRequest };
}
