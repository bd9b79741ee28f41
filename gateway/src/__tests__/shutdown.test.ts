import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TEST_SIGNING_SECRET } from '@keyfield/core';
import { slowSubgraph } from './support/slow-subgraph';
import { TEST_JWT_SECRET } from './support/tokens';
import { SERVICE_REGISTER } from '../../../scripts/lib/children';

const ROOT = join(__dirname, '..', '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

interface Booted {
  child: ChildProcessWithoutNullStreams;
  url: string;
  exit: Promise<number | null>;
}

/** Boots gateway/src/index.ts as `npm start` would, on a free port; resolves once it logs its URL. */
function bootGateway(env: Record<string, string>): Promise<Booted> {
  const child = spawn(NODE, ['-r', SERVICE_REGISTER, 'gateway/src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, GATEWAY_PORT: '0', LOG_LEVEL: 'info', SUBGRAPH_SIGNING_SECRET: TEST_SIGNING_SECRET, JWT_SECRET: TEST_JWT_SECRET, ...env },
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start in time: ${stderr}`)), 30_000);
    exit.then((code) => reject(new Error(`gateway exited with ${code} before listening: ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const record = JSON.parse(line) as { msg?: string; url?: string };
      if (record.msg !== 'gateway ready' || !record.url) return;
      clearTimeout(timer);
      resolve({ child, url: record.url, exit });
    });
  });
}

/** Resolves as `promise` does, or rejects if it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

test('SIGTERM on an idle gateway exits 0 within a few seconds', async () => {
  const gateway = await bootGateway({});
  gateway.child.kill('SIGTERM');
  expect(await within(gateway.exit, 5_000)).toBe(0);
});

test('SIGTERM lets a request in flight finish, then exits 0', async () => {
  const subgraph = await slowSubgraph(1_500, { data: { region: { name: '海沧区' } } }, TEST_SIGNING_SECRET);
  try {
    const gateway = await bootGateway({ SUBGRAPH_URL_CATALOG: subgraph.url });
    const response = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "350205") { name } }' }),
    }).then((res) => res.json());
    await subgraph.firstRequest;
    gateway.child.kill('SIGTERM');
    expect(await response).toEqual({ data: { region: { name: '海沧区' } } });
    expect(await within(gateway.exit, 5_000)).toBe(0);
  } finally {
    await subgraph.close();
  }
});
