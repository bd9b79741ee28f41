import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { QuarantineCommands } from '../../services/ops/src/cli/quarantine-commands';
import { createOpsServices } from '../../services/ops/src/ops-services';
import { withFixes } from './support/fixed-converters';
import { startOpsEnv, type OpsEnv } from './support/ops-env';

const ROOT = join(__dirname, '..', '..');
let env: OpsEnv;
let cli: QuarantineCommands;

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_cli', { seed: 67, size: 300, malformedRate: 0.12 });
  cli = new QuarantineCommands(createOpsServices(env.ops, env.logger, { sources: withFixes(env.sources()) }), { name: 'cli:test' });
});

afterAll(async () => {
  await env.stop();
});

const ids = async (reason: string): Promise<string[]> =>
  ((await env.db.query('SELECT id::text AS id FROM sync.quarantine WHERE reason LIKE $1 AND resolved_at IS NULL ORDER BY id', [`${reason}%`])) as { id: string }[]).map((r) => r.id);

test('summary and list print plain tables of the open entries', async () => {
  const summary = await cli.summary();
  const lines = summary.split('\n');
  expect(lines[0]).toMatch(/^source\s+stage\s+count\s+reason$/);
  expect(lines[1]).toMatch(/^-+  -+/);
  const [{ n }] = (await env.db.query('SELECT count(*)::int AS n FROM sync.quarantine WHERE resolved_at IS NULL')) as [{ n: number }];
  expect(lines.at(-1)).toBe(`${n} open`);

  const list = await cli.list({ source: 'credit/xzcf', reason: 'CF_NR_FK', first: 2 });
  const rows = list.split('\n');
  expect(rows[0]).toMatch(/^id\s+source\s+stage\s+reason\s+key\s+created\s+state$/);
  expect(rows.slice(2, 4).every((r) => /credit\/xzcf\s+convert\s+CF_NR_FK/.test(r) && r.endsWith('open'))).toBe(true);
  expect(rows.at(-1)).toMatch(/^more: --after \S+$/);
});

test('show prints the locator, the raw page and the masked record', async () => {
  const [id] = await ids('CF_NR_FK');
  const out = await cli.show(id ?? '');
  expect(out).toMatch(/^locator\s+http:\/\/127\.0\.0\.1:\d+\/credit\/sgs\/xzcf\?.*#\d+$/m);
  expect(out).toMatch(/^raw page\s+\d+: http/m);
  expect(out).toMatch(/utf-8 \(declared\), \d+ bytes/);
  expect(out).toMatch(/sha256 [0-9a-f]{64}/);
  expect(out).toContain('"CF_NR_FK": "abc"');
  expect(out).not.toMatch(/"CF_(XDR|FR)_ZJHM": "\d{18}"/);
});

test('redrive and resolve work the entries with the same code as the API', async () => {
  const fines = await ids('CF_NR_FK');
  const redriven = await cli.redrive(fines.slice(0, 2));
  expect(redriven.split('\n').slice(2).every((r) => /^\d+\s+STORED\s+INSERTED\s/.test(r))).toBe(true);
  const resolved = await cli.resolve(fines.slice(2, 3), 'not needed');
  expect(resolved.split('\n')[2]).toMatch(/^\d+\s+RESOLVED\s+credit\/xzcf/);
  expect(await ids('CF_NR_FK')).toEqual(fines.slice(3));
});

test('`npm run quarantine` prints the summary, and exits 2 with what to change on a bad argument', async () => {
  const run = (...args: string[]) => promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'scripts/quarantine.ts', ...args], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: env.database.url, LOG_LEVEL: 'silent' },
  });
  const ok = await run('summary', '--source', 'credit/xzcf');
  expect(ok.stdout).toMatch(/^source\s+stage\s+count\s+reason/);
  await expect(run('list', '--source', 'credit/nope')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('filter.source: no source is named "credit/nope". Use one of credit/qyxx') });
  await expect(run('frobnicate')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
}, 60_000);
