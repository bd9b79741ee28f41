import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { cpuMs, memoryMb, sqlStatements } from './proc';
import type { Target } from './targets';
import type { Workload } from './workloads';

/** What a run can observe: the serving processes, Postgres, and the request headers of each role. */
export interface Observed {
  pids: Map<string, number>;
  /** Processes running the SQL counter. */
  counted: string[];
  countDir: string;
  db: DataSource;
  headers: (workload: Workload) => Record<string, string>;
}

/** One target under one workload for a fixed time. */
export interface RunResult {
  workload: string;
  target: string;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; p99_9: number };
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
  /** CPU time per request of each process (and `postgres`: the database's backends), in ms. */
  cpuMsPerRequest: Record<string, number>;
  /** SQL statements per request of each counted process. */
  sqlPerRequest: Record<string, number>;
  /** The largest resident set sampled during the run (VmRSS), and the peak since start (VmHWM), in MB. */
  rssMb: Record<string, { underLoad: number; sinceStart: number }>;
  /** The start of the first answer that carried errors, to tell what went wrong. */
  firstError?: string;
}

/** CPU ms of the database's backends serving this database, by pid. */
async function backendCpu(db: DataSource): Promise<Map<number, number>> {
  const rows = (await db.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')) as { pid: number }[];
  return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
}

/** SQL statements sent so far by each counted process. */
export async function sqlCounts(o: Observed): Promise<Map<string, number>> {
  return new Map(await Promise.all(o.counted.map(async (name) => [name, await sqlStatements(o.countDir, o.pids.get(name) ?? 0)] as const)));
}

async function snapshot(o: Observed): Promise<{ cpu: Map<string, number>; sql: Map<string, number>; backends: Map<number, number> }> {
  const cpu = new Map([...o.pids].map(([name, pid]) => [name, cpuMs(pid)]));
  return { cpu, sql: await sqlCounts(o), backends: await backendCpu(o.db) };
}

/** Samples every process's resident set every 200 ms until stopped; resolves to the maxima. */
function sampleRss(pids: Map<string, number>): () => Map<string, number> {
  const max = new Map<string, number>();
  const sample = (): void => {
    for (const [name, pid] of pids) max.set(name, Math.max(max.get(name) ?? 0, memoryMb(pid).rss));
  };
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    sample();
    return max;
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Runs `workload` against `target` with autocannon for `seconds`, each request with arguments drawn at random. */
export async function measure(o: Observed, target: Target, workload: Workload, seconds: number, connections: number): Promise<RunResult> {
  const before = await snapshot(o);
  const stopSampling = sampleRss(o.pids);
  const bodies = workload.samples.map((s) => (target.kind === 'raw' ? s.raw : s.graphql));
  let firstError: string | undefined;
  const result = await autocannon({
    url: `${target.base}${target.path(workload.name)}`, method: 'POST', connections, duration: seconds, timeout: 30,
    headers: { 'content-type': 'application/json', ...o.headers(workload) },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[Math.floor(Math.random() * bodies.length)] ?? '' }) }],
    verifyBody: (body) => {
      const ok = !body.includes('"errors":[');
      if (!ok) firstError ??= body.slice(0, 500);
      return ok;
    },
  });
  // Requests still in flight when autocannon stops are served all the same: let them finish, and
  // count every request sent, so that CPU and SQL are divided by the requests that caused them.
  await new Promise((r) => setTimeout(r, Math.min(5000, 2 * result.latency.p99)));
  const rssUnderLoad = stopSampling();
  const after = await snapshot(o);
  const requests = Math.max(1, result.requests.sent);
  const perRequest = (delta: number): number => round2(delta / requests);
  const cpuMsPerRequest = Object.fromEntries([...after.cpu].map(([name, ms]) => [name, perRequest(ms - (before.cpu.get(name) ?? 0))]));
  cpuMsPerRequest['postgres'] = perRequest([...after.backends].reduce((sum, [pid, ms]) => sum + ms - (before.backends.get(pid) ?? 0), 0));
  return {
    workload: workload.name, target: target.name, requests: result.requests.total,
    requestsPerSecond: round2(result.requests.total / result.duration),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, p99_9: result.latency.p99_9 },
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    cpuMsPerRequest,
    sqlPerRequest: Object.fromEntries([...after.sql].map(([name, n]) => [name, perRequest(n - (before.sql.get(name) ?? 0))])),
    rssMb: Object.fromEntries([...o.pids].map(([name, pid]) => [name, { underLoad: Math.round(rssUnderLoad.get(name) ?? 0), sinceStart: Math.round(memoryMb(pid).hwm) }])),
    firstError,
  };
}
