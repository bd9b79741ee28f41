import { DELETED_UPSTREAM } from '../../connectors/credit/convert';
import { penaltyKey, penaltyRecord, PUSH_PENALTIES, startIngestServer, tableFingerprint, type IngestServer } from './ingest-server';

let s: IngestServer;

beforeAll(async () => {
  s = await startIngestServer('kf_ingest');
});

afterAll(() => s.stop());

const push = async (records: Record<string, string | null>[]) => {
  const res = await s.gql(PUSH_PENALTIES, { records });
  expect(res.errors).toBeUndefined();
  return res.data.ingestPenalties;
};

const storedPenalty = async (n: number) => {
  const rows = (await s.db.query(
    `SELECT source, source_key, fine_yuan::text AS fine_yuan, withdrawn_at, withdrawal_reason, updated_at
     FROM credit.penalty WHERE decision_number || '|' || authority_code = $1`, [penaltyKey(n)])) as Record<string, unknown>[];
  return rows[0];
};

const quarantineCount = async () => ((await s.db.query('SELECT count(*)::int AS n FROM sync.quarantine')) as { n: number }[])[0]?.n;

test('a batch of valid penalties is stored and each record answered ACCEPTED, inserted', async () => {
  const result = await push([penaltyRecord(1), penaltyRecord(2), penaltyRecord(3)]);
  expect(result).toMatchObject({ accepted: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0, quarantined: 0 });
  expect(result.results).toEqual([1, 2, 3].map((n, index) => ({ index, key: penaltyKey(n), status: 'ACCEPTED', change: 'INSERTED', reason: null })));
  expect(await storedPenalty(2)).toMatchObject({ source: 'push:credit/xzcf', source_key: penaltyKey(2), fine_yuan: '15000' });
  const [run] = (await s.db.query(`SELECT trigger, mode, status, counts, worker FROM sync.run WHERE source = 'credit/xzcf' ORDER BY id DESC LIMIT 1`)) as Record<string, unknown>[];
  expect(run).toMatchObject({ trigger: 'push', mode: 'push', status: 'succeeded', counts: expect.objectContaining({ fetched: 3, inserted: 3 }) });
  expect(String(run?.['worker'])).toMatch(new RegExp(`^push:${result.requestId}$`));
});

const MIXED = [
  penaltyRecord(10),
  penaltyRecord(11, { CF_WSH: null }),
  penaltyRecord(12, { CF_JDRQ: '2026/02/30' }),
  penaltyRecord(13, { CF_NR_FK: 'abc' }),
  penaltyRecord(14),
];

test('bad records are rejected with a reason naming the field and quarantined; the good ones are stored', async () => {
  const result = await push(MIXED);
  expect(result).toMatchObject({ accepted: 2, inserted: 2, rejected: 3, quarantined: 3 });
  const [good, noNumber, badDate, badFine, good2] = result.results;
  expect([good.status, good2.status]).toEqual(['ACCEPTED', 'ACCEPTED']);
  expect(noNumber).toMatchObject({ index: 1, key: null, status: 'REJECTED', change: null });
  expect(noNumber.reason).toMatch(/^CF_WSH: /);
  expect(badDate).toMatchObject({ index: 2, key: penaltyKey(12), status: 'REJECTED' });
  expect(badDate.reason).toMatch(/^CF_JDRQ: /);
  expect(badFine).toMatchObject({ index: 3, key: penaltyKey(13), status: 'REJECTED' });
  expect(badFine.reason).toMatch(/^CF_NR_FK: /);
  expect(await storedPenalty(12)).toBeUndefined();
  const filed = (await s.db.query(
    `SELECT source, stage, reason, locator, record_key, record ->> 'CF_NR_FK' AS fine FROM sync.quarantine WHERE locator LIKE $1 ORDER BY locator`,
    [`push:${result.requestId}#%`])) as Record<string, string | null>[];
  expect(filed.map((q) => [q.source, q.stage, q.locator, q.record_key])).toEqual([
    ['credit/xzcf', 'convert', `push:${result.requestId}#1`, null],
    ['credit/xzcf', 'convert', `push:${result.requestId}#2`, penaltyKey(12)],
    ['credit/xzcf', 'convert', `push:${result.requestId}#3`, penaltyKey(13)],
  ]);
  expect(filed[2]?.fine).toBe('abc');
  expect(filed.map((q) => q.reason)).toEqual([noNumber.reason, badDate.reason, badFine.reason]);
});

test('the same batch sent again is all UNCHANGED or REJECTED and changes no stored row', async () => {
  const before = await tableFingerprint(s.db, 'credit.penalty', 'decision_number, authority_code');
  const filedBefore = await quarantineCount();
  const result = await push(MIXED);
  expect(result).toMatchObject({ accepted: 0, inserted: 0, updated: 0, unchanged: 2, rejected: 3, quarantined: 0 });
  expect(result.results.map((r: { status: string }) => r.status)).toEqual(['UNCHANGED', 'REJECTED', 'REJECTED', 'REJECTED', 'UNCHANGED']);
  expect(await tableFingerprint(s.db, 'credit.penalty', 'decision_number, authority_code')).toEqual(before);
  expect(await quarantineCount()).toBe(filedBefore);
});

test('operation D withdraws the stored penalty, answered ACCEPTED, updated', async () => {
  await push([penaltyRecord(20)]);
  const result = await push([penaltyRecord(20, { CZLX: 'D', SJC: '2026-11-03 08:00:00' })]);
  expect(result).toMatchObject({ accepted: 1, updated: 1, withdrawn: 1 });
  expect(result.results[0]).toMatchObject({ status: 'ACCEPTED', change: 'UPDATED' });
  const row = await storedPenalty(20);
  expect(row?.['withdrawal_reason']).toBe(DELETED_UPSTREAM);
  expect((row?.['withdrawn_at'] as Date).toISOString()).toBe('2026-11-03T00:00:00.000Z');
});

test('of records sharing a key the last one is applied and the earlier ones are rejected naming its index', async () => {
  const result = await push([penaltyRecord(30, { CF_NR_FK: '1' }), penaltyRecord(31), penaltyRecord(30, { CF_NR_FK: '2' })]);
  expect(result).toMatchObject({ accepted: 2, rejected: 1, quarantined: 0 });
  expect(result.results[0]).toMatchObject({ index: 0, key: penaltyKey(30), status: 'REJECTED' });
  expect(result.results[0].reason).toContain('index 2');
  expect(result.results[2]).toMatchObject({ index: 2, status: 'ACCEPTED', change: 'INSERTED' });
  expect((await storedPenalty(30))?.['fine_yuan']).toBe('20000');
});

test('a record older upstream than the stored one is not applied, and says so', async () => {
  await push([penaltyRecord(40, { CF_NR_FK: '3', SJC: '2026-11-05 10:00:00' })]);
  const result = await push([penaltyRecord(40, { CF_NR_FK: '1', SJC: '2026-11-01 10:00:00' })]);
  expect(result.results[0]).toMatchObject({ status: 'REJECTED', key: penaltyKey(40) });
  expect(result.results[0].reason).toContain('not applied');
  expect((await storedPenalty(40))?.['fine_yuan']).toBe('30000');
});

test('more records than INGEST_MAX_RECORDS (5000) is BAD_USER_INPUT naming the limit, and nothing is written', async () => {
  const before = await tableFingerprint(s.db, 'credit.penalty', 'decision_number, authority_code');
  const filedBefore = await quarantineCount();
  const records = Array.from({ length: 5001 }, (_, i) => penaltyRecord(100_000 + i));
  const res = await s.gql(PUSH_PENALTIES, { records });
  expect(res.data).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toContain('5000');
  expect(await tableFingerprint(s.db, 'credit.penalty', 'decision_number, authority_code')).toEqual(before);
  expect(await quarantineCount()).toBe(filedBefore);
});
