import { countQueries } from '@keyfield/core';
import { PUBLIC_SQL, startTradingEnv, type TradingEnv } from './trading-server-env';

let env: TradingEnv;

beforeAll(async () => {
  env = await startTradingEnv('kf_trading_stats');
});

afterAll(async () => env.close());

const UNION = `(SELECT notice_id, region_code, disclosure, withdrawn_at FROM trading.procurement_notice UNION ALL SELECT notice_id, region_code, disclosure, withdrawn_at FROM trading.procurement_result
  UNION ALL SELECT notice_id, region_code, disclosure, withdrawn_at FROM trading.procurement_contract) t`;

// The plain computation the service must agree with: every public result, its winners' 元 summed.
const VOLUME_SQL = `SELECT r.region_code AS "regionCode", r.purchase_method AS method, to_char(r.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
    count(*)::int AS count, COALESCE(sum(a.yuan), 0)::text AS "amountYuan"
  FROM trading.procurement_result r LEFT JOIN LATERAL (SELECT sum((w ->> 'yuan')::numeric) AS yuan FROM jsonb_array_elements(r.winners_json::jsonb) w) a ON true
  WHERE ${PUBLIC_SQL('r')} AND r.region_code LIKE $1 GROUP BY 1, 2, 3`;

const byKey = (rows: { regionCode: string | null; method: string | null; month: string | null }[]) =>
  [...rows].sort((a, b) => `${a.regionCode}${a.method}${a.month}`.localeCompare(`${b.regionCode}${b.method}${b.month}`));

test('Region.procurement of many regions: a region covers its subdivisions; one query per list and count', async () => {
  const codes = ['350200', '350203', '350500', '350583', '350000'];
  const counter = countQueries(env.db);
  const res = await env.gql()(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Region {
    code procurement(first: 5) { totalCount nodes { id region { code } } } } } }`, { r: codes.map((code) => ({ __typename: 'Region', code })) });
  counter.stop();
  expect(res.errors).toBeUndefined();
  expect(counter.count).toBe(2);
  for (const [i, code] of codes.entries()) {
    const prefix = code.replace(/(00)+$/u, '');
    const expected = (await env.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${UNION} WHERE ${PUBLIC_SQL('t')} AND region_code LIKE $1`, [`${prefix}%`]))[0]?.n;
    const region = res.data._entities[i];
    expect(region.procurement.totalCount).toBe(expected);
    for (const n of region.procurement.nodes) expect(n.region.code.startsWith(prefix)).toBe(true);
  }
  expect(res.data._entities[0].procurement.totalCount).toBeGreaterThan(res.data._entities[1].procurement.totalCount);
});

test('procurement volume by region, method and month equals the plain SQL sums', async () => {
  const res = await env.gql()('{ procurementVolume(groupBy: [REGION, METHOD, MONTH], filter: { regionCode: "350000" }) { regionCode method month count amountYuan } }');
  expect(res.errors).toBeUndefined();
  const expected = await env.rows<Record<string, string | null>>(VOLUME_SQL, ['35%']);
  expect(expected.length).toBeGreaterThan(3);
  expect(byKey(res.data.procurementVolume)).toEqual(byKey(expected as never));
});

test('one total without grouping; a date range and method narrow it', async () => {
  const res = await env.gql()(`{ all: procurementVolume { count amountYuan }
    some: procurementVolume(groupBy: [METHOD], filter: { publishedDate: { from: "2026-02-01", to: "2026-02-28" }, purchaseMethod: "公开招标" }) { method count amountYuan } }`);
  const [total] = await env.rows<{ count: number; amountYuan: string }>(`SELECT count(*)::int AS count, sum((w ->> 'yuan')::numeric)::text AS "amountYuan"
    FROM trading.procurement_result r, LATERAL (SELECT w FROM jsonb_array_elements(r.winners_json::jsonb) w LIMIT 1) x WHERE ${PUBLIC_SQL('r')}`);
  expect(res.data.all).toEqual([{ count: total?.count, amountYuan: total?.amountYuan }]);
  const [feb] = await env.rows<{ n: number }>(`SELECT count(*)::int AS n FROM trading.procurement_result r WHERE ${PUBLIC_SQL('r')} AND purchase_method = '公开招标'
    AND (published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2026-02-01' AND '2026-02-28'`);
  expect(res.data.some).toEqual(feb?.n ? [expect.objectContaining({ method: '公开招标', count: feb.n })] : []);
});

test('Region.procurementVolume is the same computation, batched over the regions asked', async () => {
  const counter = countQueries(env.db);
  const res = await env.gql()(`{ _entities(representations: [{ __typename: "Region", code: "350200" }, { __typename: "Region", code: "350500" }]) {
    ... on Region { code procurementVolume(groupBy: [REGION, METHOD, MONTH]) { regionCode method month count amountYuan } } } }`);
  counter.stop();
  expect(counter.count).toBe(1);
  expect(byKey(res.data._entities[0].procurementVolume)).toEqual(byKey(await env.rows(VOLUME_SQL, ['3502%'])));
  expect(byKey(res.data._entities[1].procurementVolume)).toEqual(byKey(await env.rows(VOLUME_SQL, ['3505%'])));
});

test('awards per winner: counts and sums over both kinds of award equal the plain SQL', async () => {
  const res = await env.gql()('{ awardsPerWinner(first: 5) { winner { name code usccValid organization { uscc } } count amountYuan } }');
  expect(res.errors).toBeUndefined();
  const rows = res.data.awardsPerWinner;
  expect(rows).toHaveLength(5);
  for (const row of rows) {
    const [sql] = await env.rows<{ n: number; yuan: string }>(`SELECT count(DISTINCT t.k)::int AS n, COALESCE(sum((w ->> 'yuan')::numeric), 0)::text AS yuan FROM (
        SELECT 'C' || id AS k, winners_json, disclosure, withdrawn_at FROM trading.construction_win_result
        UNION ALL SELECT 'P' || id, winners_json, disclosure, withdrawn_at FROM trading.procurement_result) t, jsonb_array_elements(t.winners_json::jsonb) w
      WHERE ${PUBLIC_SQL('t')} AND w ->> 'code' = $1`, [row.winner.code]);
    expect({ count: row.count, amountYuan: row.amountYuan }).toEqual({ count: sql?.n, amountYuan: sql?.yuan });
  }
  const amounts = rows.map((r: { amountYuan: string }) => Number(r.amountYuan));
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
});
