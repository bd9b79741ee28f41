import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { identityOf, signedGraphQL, TEST_SIGNING_SECRET } from '@keyfield/core';
import { codesOf, startOpsEnv, type OpsEnv } from './support/ops-env';
import { SERVICE_REGISTER } from '../../scripts/lib/children';

/** A request to the ops process as the gateway sends an admin's. */
const asAdmin = (url: string, query: string, variables?: Record<string, unknown>) => signedGraphQL(url, TEST_SIGNING_SECRET, identityOf('admin'))(query, variables);

const ROOT = join(__dirname, '..', '..');
let env: OpsEnv;
let child: ChildProcess;
let url: string;

/** Starts `services/ops/src/index.ts` as `npm start` does, on a free port; resolves to its GraphQL URL. */
function startOpsProcess(databaseUrl: string): Promise<string> {
  child = spawn(process.execPath, ['-r', SERVICE_REGISTER, 'services/ops/src/index.ts'], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, SUBGRAPH_SIGNING_SECRET: TEST_SIGNING_SECRET, OPS_PORT: '0', LOG_LEVEL: 'info', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`ops exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'ops subgraph ready' && entry.url) resolve(entry.url);
    });
  });
}

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_process', { seed: 71, size: 200, malformedRate: 0.05 });
  await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tests/ops/support/prepare-queues.ts', env.database.url, 'credit/xzcf'], { cwd: ROOT });
  url = await startOpsProcess(env.database.url);
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await env.stop();
});

test('triggerSync queues a manual run for a worker; a second trigger while it waits is the same run', async () => {
  const trigger = 'mutation($s: String!) { triggerSync(source: $s) { source jobId } }';
  const first = await asAdmin(url, trigger, { s: 'credit/xzcf' });
  expect(first.errors).toBeUndefined();
  expect(first.data.triggerSync).toMatchObject({ source: 'credit/xzcf', jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  const second = await asAdmin(url, trigger, { s: 'credit/xzcf' });
  expect(second.data.triggerSync.jobId).toBe(first.data.triggerSync.jobId);
  const jobs = (await env.db.query(`SELECT name, state, data FROM pgboss.job WHERE id = $1::uuid`, [first.data.triggerSync.jobId])) as { name: string; state: string; data: unknown }[];
  expect(jobs).toEqual([{ name: 'sync.credit.xzcf', state: 'created', data: { trigger: 'manual', mode: 'incremental' } }]);

  const noQueue = await asAdmin(url, trigger, { s: 'credit/jyyc' });
  expect(codesOf(noQueue)).toEqual(['UPSTREAM_UNAVAILABLE']);
  expect(noQueue.errors?.[0].message).toMatch(/no sync worker has created the queue of credit\/jyyc/);
  const unknown = await asAdmin(url, trigger, { s: 'credit' });
  expect(codesOf(unknown)).toEqual(['BAD_USER_INPUT']);
}, 30_000);

test('the ops process serves /metrics from the database and stops cleanly on SIGTERM', async () => {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  expect(text).toMatch(/^keyfield_sync_quarantine_open\{source="credit\/xzcf"\} [1-9]\d*$/m);
  expect(text).toMatch(/^keyfield_sync_lag_seconds\{source="credit\/xzcf"\} \d+$/m);
  child.kill('SIGTERM');
  const code = await new Promise((r) => child.once('exit', r));
  expect(code).toBe(0);
});
