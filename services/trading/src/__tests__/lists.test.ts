import { PUBLIC_SQL, startTradingEnv, type TradingEnv } from './trading-server-env';

let env: TradingEnv;

beforeAll(async () => {
  env = await startTradingEnv('kf_trading_lists');
});

afterAll(async () => env.close());

const count = async (sql: string, params?: unknown[]): Promise<number> => (await env.rows<{ n: number }>(sql, params))[0]?.n ?? -1;

/** Every id of a list, walked page by page with `after`. */
async function walk(field: string, args: string, pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null, pages = 0; pages < 200; pages++) {
    const res = await env.gql()(`query($after: String) { ${field}(first: ${pageSize}, after: $after ${args}) { pageInfo { hasNextPage endCursor } nodes { id } } }`, { after });
    expect(res.errors).toBeUndefined();
    const page = res.data[field];
    ids.push(...page.nodes.map((n: { id: string }) => n.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('did not end');
}

const LISTS: [string, string, string][] = [
  ['constructionNotices', 'trading.construction_notice t', 't.id::text'],
  ['candidatePublicities', 'trading.construction_candidate_publicity t', 't.id::text'],
  ['winResults', 'trading.construction_win_result t', 't.id::text'],
  ['landTransferNotices', 'trading.land_transfer_notice t', 't.id::text'],
  ['landDeals', 'trading.land_deal t', 't.id::text'],
  ['procurementResults', 'trading.procurement_result t', 't.notice_id'],
  ['procurementContracts', 'trading.procurement_contract t', 't.notice_id'],
];

describe('root lists', () => {
  test.each(LISTS)('%s: keyset pages cover exactly the public records, totalCount counts them', async (field, from, id) => {
    const expected = (await env.rows<{ id: string }>(`SELECT ${id} AS id FROM ${from} WHERE ${PUBLIC_SQL('t')}`)).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(5);
    const ids = await walk(field, '', 7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected);
    const res = await env.gql()(`{ ${field}(first: 1) { totalCount } }`);
    expect(res.data[field].totalCount).toBe(expected.length);
  });

  test('procurementNotices covers all 13 types across the three tables, newest first, and pages in either order', async () => {
    const union = `(SELECT notice_id, published_at, disclosure, withdrawn_at FROM trading.procurement_notice UNION ALL SELECT notice_id, published_at, disclosure, withdrawn_at FROM trading.procurement_result
      UNION ALL SELECT notice_id, published_at, disclosure, withdrawn_at FROM trading.procurement_contract) t`;
    const expected = (await env.rows<{ id: string }>(`SELECT notice_id AS id FROM ${union} WHERE ${PUBLIC_SQL('t')} ORDER BY published_at DESC, notice_id DESC`)).map((r) => r.id);
    expect(await walk('procurementNotices', '', 30)).toEqual(expected);
    expect(await walk('procurementNotices', ', orderBy: OLDEST_FIRST', 30)).toEqual([...expected].reverse());
  });

  test('a change notice is a notice of its own: the nature filter', async () => {
    const res = await env.gql()('{ constructionNotices(first: 100, filter: { nature: CHANGE }) { totalCount nodes { nature noticeName } } }');
    expect(res.data.constructionNotices.totalCount).toBe(await count(`SELECT count(*)::int AS n FROM trading.construction_notice t WHERE notice_nature = '2' AND ${PUBLIC_SQL('t')}`));
    expect(res.data.constructionNotices.nodes.every((n: { nature: string; noticeName: string }) => n.nature === 'CHANGE' && n.noticeName.includes('变更'))).toBe(true);
  });

  test('region covers its subdivisions; the date range is inclusive days in Shanghai; text matches titles', async () => {
    const res = await env.gql()(`{ constructionNotices(first: 100, filter: { regionCode: "350200", publishedDate: { from: "2026-01-10", to: "2026-03-31" }, text: "改造" }) {
      totalCount nodes { region { code } sentAt noticeName } } }`);
    expect(res.errors).toBeUndefined();
    const expected = await count(`SELECT count(*)::int AS n FROM trading.construction_notice t WHERE region_code LIKE '3502%' AND notice_name LIKE '%改造%'
      AND (notice_sent_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN '2026-01-10' AND '2026-03-31' AND ${PUBLIC_SQL('t')}`);
    expect(expected).toBeGreaterThan(0);
    expect(res.data.constructionNotices.totalCount).toBe(expected);
    for (const n of res.data.constructionNotices.nodes) {
      expect(n.region.code.startsWith('3502')).toBe(true);
      expect(n.sentAt >= '2026-01-10' && n.sentAt < '2026-04-01').toBe(true);
    }
  });

  test('procurement notices filter by notice type and purchase method', async () => {
    const res = await env.gql()('{ procurementNotices(first: 100, filter: { noticeTypes: [INTENTION, TENDER], purchaseMethod: "公开招标" }) { totalCount nodes { noticeType purchaseMethod } } }');
    const expected = await count(`SELECT count(*)::int AS n FROM trading.procurement_notice t WHERE notice_type IN ('采购意向', '招标') AND purchase_method = '公开招标' AND ${PUBLIC_SQL('t')}`);
    expect(expected).toBeGreaterThan(0);
    expect(res.data.procurementNotices.totalCount).toBe(expected);
    expect(new Set(res.data.procurementNotices.nodes.map((n: { noticeType: string }) => n.noticeType))).toEqual(new Set(['INTENTION', 'TENDER']));
  });

  test('money is decimal strings with its unit; codes stay strings', async () => {
    const res = await env.gql()('{ landTransferNotices(first: 1) { nodes { landCode startPrice { amount unit yuan } region { code } } } }');
    const [n] = res.data.landTransferNotices.nodes;
    expect(n.startPrice.unit).toBe('万元');
    expect(n.startPrice.yuan).toBe(String(BigInt(n.startPrice.amount) * 10_000n));
    expect(n.region.code).toMatch(/^35\d{4}$/u);
  });
});

describe('bad input is BAD_USER_INPUT naming the argument', () => {
  test.each([
    ['a region code that is not one', '{ constructionNotices(filter: { regionCode: "35" }) { totalCount } }', 'filter.regionCode'],
    ['a reversed date range', '{ procurementNotices(filter: { publishedDate: { from: "2026-03-01", to: "2026-02-01" } }) { totalCount } }', 'filter.publishedDate'],
    ['an impossible day', '{ winResults(filter: { publishedDate: { from: "2026-02-30" } }) { totalCount } }', 'filter.publishedDate.from'],
    ['first over 100', '{ landDeals(first: 101) { totalCount } }', 'first'],
    ['a cursor of nothing', '{ procurementResults(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
    ['a cursor with a time that is not one', `{ constructionNotices(after: "${Buffer.from('["not-a-time","1"]').toString('base64url')}") { nodes { id } } }`, 'after'],
    ['too many winners asked for', '{ awardsPerWinner(first: 500) { count } }', 'first'],
    ['a bad region in the volume', '{ procurementVolume(filter: { regionCode: "3502" }) { count } }', 'filter.regionCode'],
  ])('%s', async (_name, query, argument) => {
    const res = await env.gql()(query);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
