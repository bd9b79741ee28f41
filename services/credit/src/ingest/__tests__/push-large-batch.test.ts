import { penaltyRecord, PUSH_PENALTIES, startIngestServer, type IngestServer } from './ingest-server';

let s: IngestServer;

beforeAll(async () => {
  s = await startIngestServer('kf_ingest_large');
});

afterAll(() => s.stop());

test('5,000 penalties in one call are stored and answered one by one; sent again, all unchanged', async () => {
  const records = Array.from({ length: 5000 }, (_, i) => penaltyRecord(i));
  const first = await s.gql(PUSH_PENALTIES, { records });
  expect(first.errors).toBeUndefined();
  expect(first.data.ingestPenalties).toMatchObject({ accepted: 5000, inserted: 5000, rejected: 0 });
  expect(first.data.ingestPenalties.results.map((r: { index: number }) => r.index)).toEqual(records.map((_, i) => i));
  const [stored] = (await s.db.query("SELECT count(*)::int AS n FROM credit.penalty WHERE source = 'push:credit/xzcf'")) as { n: number }[];
  expect(stored?.n).toBe(5000);
  const again = await s.gql(PUSH_PENALTIES, { records });
  expect(again.data.ingestPenalties).toMatchObject({ accepted: 0, unchanged: 5000, rejected: 0 });
}, 120_000);
