import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { issueToken } from '../../gateway/src/identity/issue-token';
import { machine } from '../lib/machine';
import { writeResults } from '../lib/results';
import { checkAgreement } from './agreement';
import { benchDatabase, growPenalties, loadFromSimulator, penaltyCount } from './dataset';
import { judgeGoals, printGoals } from './goals';
import { measure, type Observed, type RunResult } from './measure';
import { SCALED_WORKLOADS, serveOptions, type ServeOptions } from './options';
import { startServing, type Serving } from './processes';
import type { Target } from './targets';
import { publicPenaltySql } from './raw/public-penalty';
import { combine, printResults, type Combined } from './report';
import { buildWorkloads, type Workload } from './workloads';

/** Seconds of unmeasured load per target before a workload's first round (JIT, pools, caches). */
const WARM_UP_SECONDS = 3;

const targetsOf = (serving: Serving, workload: Workload): Target[] => serving.targets.filter((t) => !t.workloads || t.workloads.includes(workload.name));

/** Every target under `workload`: a warm-up, then `rounds` rounds alternating the targets (A B C A B C). */
async function alternate(o: Observed, serving: Serving, workload: Workload, options: ServeOptions): Promise<RunResult[][]> {
  const connections = workload.name === 'batch' ? options.batchConnections : options.connections;
  const targets = targetsOf(serving, workload);
  for (const t of targets) await measure(o, t, workload, Math.min(WARM_UP_SECONDS, options.seconds), connections);
  const runs: RunResult[][] = targets.map(() => []);
  for (let round = 1; round <= options.rounds; round++) {
    for (const [i, t] of targets.entries()) {
      const run = await measure(o, t, workload, options.seconds, connections);
      console.log(`  ${workload.name} round ${round} ${t.name}: ${run.requestsPerSecond} req/s, p50 ${run.latencyMs.p50} ms, p99 ${run.latencyMs.p99} ms, ${run.errors} errors${run.firstError ? ` (first: ${run.firstError})` : ''}`);
      runs[i]?.push(run);
    }
  }
  return runs;
}

/** One size: the workloads asked for (only the scaled ones after the first size), each checked, then measured. */
async function atSize(o: Observed, serving: Serving, options: ServeOptions, index: number): Promise<Combined[]> {
  const size = options.sizes[index] ?? 0;
  const names = index === 0 ? options.workloads : options.workloads.filter((w) => SCALED_WORKLOADS.includes(w));
  const out: Combined[] = [];
  for (const workload of await buildWorkloads(o.db, names)) {
    const { problems, sqlOfOneRequest } = await checkAgreement(o, targetsOf(serving, workload), workload);
    console.log(problems.length ? `  answers differ:\n    ${problems.join('\n    ')}` : `  ${workload.name}: every target gives the same answers`);
    console.log(`  SQL statements of one request: ${Object.entries(sqlOfOneRequest).map(([t, by]) => `${t} ${JSON.stringify(by)}`).join(', ')}`);
    for (const runs of await alternate(o, serving, workload, options)) out.push({ ...combine(size, runs), sqlOfOneRequest: sqlOfOneRequest[runs[0]?.target ?? ''] ?? {} });
  }
  return out;
}

/**
 * bench/serve: the graph serving the portal's and the analysts' questions — keyfield (policy on)
 * beside @apollo/gateway over the same subgraphs (peer) and a hand-written node:http + pg server
 * (raw) — at each size, with the answers checked equal before they are timed.
 */
export async function benchServe(args: Map<string, string>): Promise<void> {
  const options = serveOptions(args);
  const database = await benchDatabase(options.database);
  const db = new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } });
  let serving: Serving | undefined;
  try {
    await db.initialize();
    if (!options.database) {
      console.log(`syncing every credit and trading source from the simulator at size ${options.sizes[0]}…`);
      await loadFromSimulator(db, database.url, options.sizes[0] ?? 0);
    }
    const jwtSecret = randomBytes(32).toString('base64url');
    const token = await issueToken(jwtSecret, { role: 'analyst', subject: 'bench-analyst', ttl: '6h' });
    serving = await startServing(database.url, jwtSecret, publicPenaltySql());
    const started = serving;
    // Ctrl-C stops the children too (they would otherwise outlive the bench).
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void started.stop().then(() => process.exit(130)));
    const o: Observed = {
      pids: serving.pids, counted: ['catalog', 'credit', 'trading', 'raw'], countDir: serving.countDir, db,
      headers: (w): Record<string, string> => (w.role === 'public' ? {} : { authorization: `Bearer ${token}` }),
    };
    const results: Combined[] = [];
    const penalties: number[] = [];
    for (const [i, size] of options.sizes.entries()) {
      penalties.push(i === 0 ? await penaltyCount(db) : await growPenalties(db, size));
      console.log(`\nsize ${size.toLocaleString('en')}: ${penalties[i]?.toLocaleString('en')} penalties stored`);
      results.push(...await atSize(o, serving, options, i));
    }
    printResults(results, serving.targets);
    const goals = judgeGoals(results, options.sizes);
    printGoals(goals);
    const file = writeResults('serve', { options, penalties, machine: await machine(db), date: new Date().toISOString(), results, goals });
    console.log(`\nresults: ${file}`);
  } finally {
    await serving?.stop();
    if (db.isInitialized) await db.destroy();
    if (options.keepDatabase) console.log(`database kept: ${database.url}`);
    else await database.drop();
  }
}
