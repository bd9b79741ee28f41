import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { upsertRows, type Row } from '@keyfield/sync';
import { convertPermit } from '../../connectors/credit/convert';
import { decodePermitFile } from '../../connectors/credit/csv';
import { PERMIT_FIELD_COLUMNS, permitReasonForPush } from '../permit-wire';
import { RESULT, startIngestServer, type IngestServer } from './ingest-server';

const FILE = 'xzxk_20261101.csv';
const PERMITS = { table: 'credit.permit', key: ['authority_code', 'document_number'] };
const PUSH_PERMITS = `mutation($fileName: String!, $records: [PermitRecordInput!]!) { ingestPermits(fileName: $fileName, records: $records) { ${RESULT} } }`;

// The recorded permit file, decoded as the file stream decodes it (GB18030, CRLF, quoting).
const csvRecords = decodePermitFile(readFileSync(join(__dirname, '..', '..', 'connectors', 'credit', '__fixtures__', FILE))).records;

/** A CSV record under the XK_* names the push input takes. */
function asPushed(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(PERMIT_FIELD_COLUMNS).map(([field, column]) => [field, record[column] ?? '']));
}

/** The stored permits without the columns that say how and when they arrived. */
async function storedPermits(db: IngestServer['db']): Promise<unknown[]> {
  const rows = (await db.query(
    `SELECT to_jsonb(p) - 'id' - 'source' - 'fetched_at' - 'updated_at' - 'content_hash' AS row
     FROM credit.permit p ORDER BY authority_code, document_number`)) as { row: unknown }[];
  return rows.map((r) => r.row);
}

let s: IngestServer;

beforeAll(async () => {
  s = await startIngestServer('kf_ingest_permit');
});

afterAll(() => s.stop());

test('the XK_* input fields cover every column of the permit file once', () => {
  const columns = Object.values(PERMIT_FIELD_COLUMNS);
  expect(new Set(columns).size).toBe(columns.length);
  expect(Object.keys(csvRecords[0] ?? {}).sort()).toEqual([...columns].sort());
});

test('permits pushed with XK_* names convert exactly as the same records pulled from the CSV file', async () => {
  expect(csvRecords.length).toBeGreaterThan(3);
  const res = await s.gql(PUSH_PERMITS, { fileName: FILE, records: csvRecords.map(asPushed) });
  expect(res.errors).toBeUndefined();
  const pulled = csvRecords.map((r) => convertPermit(r, { source: 'credit/xzxk', fetchedAt: new Date().toISOString(), fileName: FILE }));
  const answers = res.data.ingestPermits.results as { status: string; reason: string | null }[];
  expect(answers.map((a) => a.status)).toEqual(pulled.map((c) => (c.ok ? 'ACCEPTED' : 'REJECTED')));
  expect(answers.map((a) => a.reason)).toEqual(pulled.map((c) => (c.ok ? null : permitReasonForPush(c.reason))));
  const pushedRows = await storedPermits(s.db);
  expect(pushedRows.length).toBe(pulled.filter((c) => c.ok).length);

  await s.db.query('DELETE FROM credit.permit');
  await upsertRows(s.db, PERMITS, pulled.flatMap((c): Row[] => (c.ok ? [c.row] : [])));
  expect(await storedPermits(s.db)).toEqual(pushedRows);
});

test('a rejected permit’s reason names its XK_* field beside the file column', async () => {
  const bad = { ...asPushed(csvRecords[0] ?? {}), XK_WSH: '厦海市监食许〔2026〕9999号', XK_JDRQ: '2026/13/01' };
  const res = await s.gql(PUSH_PERMITS, { fileName: FILE, records: [bad] });
  expect(res.data.ingestPermits.results[0].status).toBe('REJECTED');
  expect(res.data.ingestPermits.results[0].reason).toMatch(/^XK_JDRQ \(许可决定日期\): /);
  // Quarantined as the file feed would carry it, with the file named, so re-drive converts it alike.
  const [filed] = (await s.db.query(
    `SELECT locator, reason, record ->> '许可决定日期' AS day FROM sync.quarantine WHERE locator LIKE $1`,
    [`push:${res.data.ingestPermits.requestId}#%`])) as { locator: string; reason: string; day: string }[];
  expect(filed).toMatchObject({ locator: `push:${res.data.ingestPermits.requestId}#0@${FILE}`, day: '2026/13/01' });
  expect(filed?.reason).toMatch(/^许可决定日期: /);
});

test('a file name without a day is BAD_USER_INPUT: the day stands for the records’ change time', async () => {
  const res = await s.gql(PUSH_PERMITS, { fileName: 'permits.csv', records: csvRecords.map(asPushed) });
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fileName' });
});
