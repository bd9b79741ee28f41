import { upsertRows, type AnySource, type ConvertContext, type SourceSpec } from '@keyfield/sync';
import type { PenaltyWire } from '../../services/credit/src/connectors/credit/wire-types';
import { fixFines, withFixes } from './support/fixed-converters';
import { codesOf, serveOps, startOpsEnv, type OpsEnv, type OpsServer } from './support/ops-env';

let env: OpsEnv;
let unfixed: OpsServer;
let fixed: OpsServer;

beforeAll(async () => {
  env = await startOpsEnv('kf_ops_redrive', { seed: 47, size: 300, malformedRate: 0.05 });
  unfixed = await serveOps(env);
  fixed = await serveOps(env, withFixes(env.sources()));
});

afterAll(async () => {
  await Promise.all([unfixed.close(), fixed.close()]);
  await env.stop();
});

const REDRIVE = 'mutation($ids: [ID!]!) { redriveQuarantine(ids: $ids) { id outcome change recordKey stage reason entry { id reason resolvedAt } } }';

async function openIds(source: string, reasonPrefix: string): Promise<string[]> {
  const rows = (await env.db.query(
    'SELECT id::text AS id FROM sync.quarantine WHERE source = $1 AND reason LIKE $2 AND resolved_at IS NULL ORDER BY id',
    [source, `${reasonPrefix}%`],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

const penaltyCount = async (): Promise<number> => ((await env.db.query('SELECT count(*)::int AS n FROM credit.penalty')) as [{ n: number }])[0].n;

test('with the current converters a re-drive stores nothing and keeps every entry open', async () => {
  const ids = await openIds('credit/xzcf', 'CF_NR_FK');
  expect(ids.length).toBeGreaterThan(1);
  const before = await penaltyCount();
  const res = await unfixed.gql(REDRIVE, { ids });
  expect(res.errors).toBeUndefined();
  for (const r of res.data.redriveQuarantine) {
    expect(r).toMatchObject({ outcome: 'STILL_REJECTED', change: null, stage: 'convert', reason: expect.stringMatching(/^CF_NR_FK/) });
    expect(r.entry.resolvedAt).toBeNull();
  }
  expect(await penaltyCount()).toBe(before);
});

test('a record whose table already holds a newer version is superseded, not applied', async () => {
  const [id] = await openIds('credit/xzcf', 'CF_NR_FK');
  const [entry] = (await env.db.query('SELECT record FROM sync.quarantine WHERE id = $1', [id])) as { record: Record<string, string> }[];
  // Stands in for the upstream's own later correction of the record, stored by a later sync.
  const penalties = fixFines(env.source('credit/xzcf'));
  const correction = penalties.convert({ ...entry?.record, CF_NR_FK: '1', SJC: '2030-01-01 00:00:00' } as never, { source: penalties.name, fetchedAt: new Date().toISOString() });
  if (!correction.ok) throw new Error(`the stand-in correction does not convert: ${correction.reason}`);
  await upsertRows(env.db, penalties.table, [correction.row]);
  const res = await fixed.gql(REDRIVE, { ids: [id] });
  expect(res.errors).toBeUndefined();
  expect(res.data.redriveQuarantine[0]).toMatchObject({ outcome: 'SUPERSEDED', change: null, reason: expect.stringContaining('2030-01-01T00:00:00+08:00'), entry: { resolvedAt: expect.any(String) } });
  const [stored] = (await env.db.query(`SELECT fine_amount FROM credit.penalty WHERE decision_number || '|' || authority_code = $1`, [correction.key])) as { fine_amount: string }[];
  expect(stored?.fine_amount).toBe('1');
});

test('after a converter fix the re-drive stores the records in their table and resolves the entries', async () => {
  const ids = await openIds('credit/xzcf', 'CF_NR_FK');
  const other = (await openIds('credit/xzcf', 'CF_JDRQ'))[0];
  expect(other).toBeDefined();
  const before = await penaltyCount();
  const res = await fixed.gql(REDRIVE, { ids: [...ids, other] });
  expect(res.errors).toBeUndefined();
  const results = res.data.redriveQuarantine as any[];
  expect(results.map((r) => r.id)).toEqual([...ids, other]);
  for (const r of results.slice(0, ids.length)) {
    expect(r).toMatchObject({ outcome: 'STORED', change: 'INSERTED', reason: null });
    expect(r.entry.resolvedAt).toMatch(/\+08:00$/);
  }
  // The fix is for fines only: an impossible decision date is still rejected, with its reason.
  expect(results[ids.length]).toMatchObject({ outcome: 'STILL_REJECTED', reason: expect.stringMatching(/^CF_JDRQ/), entry: { resolvedAt: null } });
  expect(await penaltyCount()).toBe(before + ids.length);
  const stored = (await env.db.query(
    `SELECT p.decision_number || '|' || p.authority_code AS key, p.fine_amount, p.raw_page_id::text AS page, q.raw_page_id::text AS "quarantinedPage"
     FROM credit.penalty p JOIN sync.quarantine q ON q.record_key = p.decision_number || '|' || p.authority_code AND q.id = ANY($1::bigint[])`,
    [ids],
  )) as { key: string; fine_amount: string | null; page: string; quarantinedPage: string }[];
  expect(stored).toHaveLength(ids.length);
  for (const row of stored) {
    expect(row.fine_amount).toBeNull();
    expect(row.page).toBe(row.quarantinedPage);
  }
  const again = await fixed.gql(REDRIVE, { ids: ids.slice(0, 1) });
  expect(again.data.redriveQuarantine[0]).toMatchObject({ outcome: 'ALREADY_RESOLVED' });
});

test('a permit from a file is re-driven with the file it came from', async () => {
  const ids = await openIds('credit/xzxk', '许可决定日期');
  expect(ids.length).toBeGreaterThan(0);
  const res = await fixed.gql(REDRIVE, { ids });
  expect(res.errors).toBeUndefined();
  for (const r of res.data.redriveQuarantine) expect(r).toMatchObject({ outcome: 'STORED', change: 'INSERTED' });
  const rows = (await env.db.query(
    `SELECT x.file_name, x.decision_date::text AS day, r.url FROM credit.permit x JOIN sync.raw_page r ON r.id = x.raw_page_id
     WHERE x.authority_code || '|' || x.document_number = ANY($1::text[])`,
    [res.data.redriveQuarantine.map((r: { recordKey: string }) => r.recordKey)],
  )) as { file_name: string; day: string; url: string }[];
  expect(rows).toHaveLength(ids.length);
  for (const row of rows) {
    expect(row.url.endsWith(`/${row.file_name}`)).toBe(true);
    expect(row.day).toBe('2026-02-28');
  }
});

test('an entry the converter now rejects for another reason stays open under that reason', async () => {
  const [id] = await openIds('credit/xzcf', 'CF_JDRQ');
  const penalties = env.source('credit/xzcf') as unknown as SourceSpec<PenaltyWire, unknown>;
  // A half-done fix: impossible months become the 30th of February, still no date.
  const halfFixed = { ...penalties, convert: (r: PenaltyWire, ctx: ConvertContext) => penalties.convert({ ...r, CF_JDRQ: '2026-02-30' }, ctx) } as unknown as AnySource;
  const server = await serveOps(env, env.sources().map((s) => (s.name === 'credit/xzcf' ? halfFixed : s)));
  try {
    const res = await server.gql(REDRIVE, { ids: [id] });
    expect(res.data.redriveQuarantine[0]).toMatchObject({
      outcome: 'STILL_REJECTED', reason: 'CF_JDRQ: 不存在的日期 — no such date: 2026-02-30',
      entry: { reason: 'CF_JDRQ: 不存在的日期 — no such date: 2026-02-30', resolvedAt: null },
    });
  } finally {
    await server.close();
  }
});

test('a line kept without a record cannot be re-driven and keeps its reason; a pushed record is stored as pushed', async () => {
  const [{ id: lineId }] = (await env.db.query(
    `INSERT INTO sync.quarantine (source, stage, reason, locator) VALUES ('credit/xzxk', 'parse', '列数不符 — expected 21 fields, got 20', 'http://u/xzxk_20261101.csv:17')
     RETURNING id::text AS id`)) as [{ id: string }];
  const [{ record }] = (await env.db.query(`SELECT record FROM sync.quarantine WHERE source = 'credit/xzcf' AND reason LIKE 'CF_NR_FK%' LIMIT 1`)) as [{ record: Record<string, string> }];
  const pushed = { ...record, CF_WSH: '厦测推〔2026〕7号' };
  const [{ id: pushId }] = (await env.db.query(
    `INSERT INTO sync.quarantine (source, stage, reason, locator, record) VALUES ('credit/xzcf', 'convert', 'CF_NR_FK: 不是金额', 'push:req-1#0', $1::jsonb)
     RETURNING id::text AS id`, [JSON.stringify(pushed)])) as [{ id: string }];
  const res = await fixed.gql(REDRIVE, { ids: [lineId, pushId] });
  expect(res.errors).toBeUndefined();
  expect(res.data.redriveQuarantine[0]).toMatchObject({ outcome: 'STILL_REJECTED', reason: expect.stringMatching(/^无原始记录/), entry: { reason: '列数不符 — expected 21 fields, got 20', resolvedAt: null } });
  expect(res.data.redriveQuarantine[1]).toMatchObject({ outcome: 'STORED', change: 'INSERTED' });
  const [row] = (await env.db.query(`SELECT source, raw_page_id FROM credit.penalty WHERE decision_number = '厦测推〔2026〕7号'`)) as { source: string; raw_page_id: string | null }[];
  expect(row).toEqual({ source: 'push:credit/xzcf', raw_page_id: null });
});

test('re-drive and resolve are one transaction: an unknown id changes nothing and is named', async () => {
  const ids = await openIds('credit/xzcf', 'CF_WSH');
  expect(ids.length).toBeGreaterThan(0);
  const res = await fixed.gql(REDRIVE, { ids: [...ids, '987654321'] });
  expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors?.[0].message).toContain('987654321');
  const resolve = await fixed.gql('mutation($ids: [ID!]!) { resolveQuarantine(ids: $ids, note: "x") { id } }', { ids: [ids[0], '987654321'] });
  expect(codesOf(resolve)).toEqual(['BAD_USER_INPUT']);
  expect(await openIds('credit/xzcf', 'CF_WSH')).toEqual(ids);
  for (const [ids2, pattern] of [[[], /at least one/], [['x1'], /"x1" is not an id/], [Array(1001).fill('1'), /at most 1000/]] as const) {
    const bad = await fixed.gql(REDRIVE, { ids: ids2 });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].message).toMatch(pattern);
  }
});

test('resolving closes entries without storing them; resolving again says so', async () => {
  const ids = await openIds('credit/xzcf', 'CF_WSH');
  const before = await penaltyCount();
  const res = await fixed.gql('mutation($ids: [ID!]!) { resolveQuarantine(ids: $ids, note: "upstream resends them corrected") { id outcome entry { resolvedAt resolution resolvedBy resolutionNote } } }', { ids });
  expect(res.errors).toBeUndefined();
  for (const r of res.data.resolveQuarantine) {
    expect(r).toMatchObject({ outcome: 'RESOLVED', entry: { resolvedAt: expect.stringMatching(/\+08:00$/), resolution: 'resolved', resolutionNote: 'upstream resends them corrected' } });
    expect(r.entry.resolvedBy).toBeTruthy();
  }
  expect(await penaltyCount()).toBe(before);
  expect(await openIds('credit/xzcf', 'CF_WSH')).toEqual([]);
  const again = await fixed.gql('mutation($ids: [ID!]!) { resolveQuarantine(ids: $ids) { outcome } }', { ids: ids.slice(0, 1) });
  expect(again.data.resolveQuarantine).toEqual([{ outcome: 'ALREADY_RESOLVED' }]);
});
