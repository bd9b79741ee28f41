import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Converter } from '@keyfield/sync';
import { convertAbnormalListing, convertDefaulter, convertOrganization, convertPenalty, convertRepair } from '../../connectors/credit/convert';
import { RESULT, startIngestServer, type IngestServer } from './ingest-server';

const FIXTURES = join(__dirname, '..', '..', 'connectors', 'credit', '__fixtures__');

/** Each JSON-list record type: its mutation, input, recorded page, pull converter and table. */
const TYPES: [string, string, string, Converter<never>, string][] = [
  ['ingestOrganizations', 'OrganizationRecordInput', 'qyxx-page.json', convertOrganization, 'credit.organization'],
  ['ingestPenalties', 'PenaltyRecordInput', 'xzcf-page.json', convertPenalty, 'credit.penalty'],
  ['ingestRepairs', 'RepairRecordInput', 'xyxf-page.json', convertRepair, 'credit.repair'],
  ['ingestJudgmentDefaulters', 'JudgmentDefaulterRecordInput', 'sxbzxr-page.json', convertDefaulter, 'credit.defaulter'],
  ['ingestAbnormalListings', 'AbnormalListingRecordInput', 'jyyc-page.json', convertAbnormalListing, 'credit.abnormal_listing'],
];

let s: IngestServer;

beforeAll(async () => {
  s = await startIngestServer('kf_ingest_types');
});

afterAll(() => s.stop());

test.each(TYPES)('%s answers each recorded record as the pull converter judges it', async (mutation, input, page, convert, table) => {
  const rows = (JSON.parse(readFileSync(join(FIXTURES, page), 'utf8')) as { rows: never[] }).rows;
  const res = await s.gql(`mutation($records: [${input}!]!) { ${mutation}(records: $records) { ${RESULT} } }`, { records: rows });
  expect(res.errors).toBeUndefined();
  const answers = res.data[mutation].results as { status: string; reason: string | null; key: string | null }[];
  const pulled = rows.map((r) => convert(r, { source: 'test', fetchedAt: new Date().toISOString() }));
  pulled.forEach((c, i) => {
    if (c.ok) expect(answers[i]?.status).toBe('ACCEPTED');
    else expect(answers[i]).toMatchObject({ status: 'REJECTED', reason: c.reason });
  });
  const [stored] = (await s.db.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE source NOT LIKE 'push:credit/%')::int AS pulled FROM ${table}`)) as { n: number; pulled: number }[];
  expect(stored).toEqual({ n: answers.filter((a) => a.status === 'ACCEPTED').length, pulled: 0 });
});
