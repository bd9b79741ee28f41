import { PUBLIC_SQL, startTradingEnv, type TradingEnv } from './trading-server-env';

let env: TradingEnv;
let onRequest: { id: string; code: string };
let withdrawn: { id: string; winner: string; region: string; yuan: string };

/** The one row an UPDATE … RETURNING changed (TypeORM answers an UPDATE with [rows, count]). */
async function updated<T>(sql: string): Promise<T> {
  const [rows] = (await env.db.query(sql)) as [T[], number];
  if (!rows[0]) throw new Error('nothing updated');
  return rows[0];
}

beforeAll(async () => {
  env = await startTradingEnv('kf_trading_policy');
  // 依申请公开 as the upstream sent it, and a result the site revoked (withdrawn here).
  onRequest = await updated<{ id: string; code: string }>(`UPDATE trading.construction_notice SET disclosure = '依申请公开'
    WHERE id = (SELECT min(id) FROM trading.construction_notice t WHERE ${PUBLIC_SQL('t')}) RETURNING id::text AS id, tender_project_code AS code`);
  withdrawn = await updated<{ id: string; winner: string; region: string; yuan: string }>(`UPDATE trading.procurement_result r SET withdrawn_at = now(), withdrawal_reason = 'test: revoked'
    WHERE notice_id = (SELECT min(notice_id) FROM trading.procurement_result t WHERE ${PUBLIC_SQL('t')} AND winner_codes <> '{}')
    RETURNING notice_id AS id, winner_codes[1] AS winner, region_code AS region, (winners_json::jsonb -> 0 ->> 'yuan') AS yuan`);
});

afterAll(async () => env.close());

const noticeQuery = `query($code: String!) {
  constructionNotices(first: 100, filter: { tenderProjectCode: $code }) { totalCount nodes { id publicity { isPublic reason since } disclosure } }
  constructionProject(tenderProjectCode: $code) { notices { id } } }`;

test('a 依申请公开 notice is invisible to the public: list, count and life cycle', async () => {
  const res = await env.gql()(noticeQuery, { code: onRequest.code });
  const ids = res.data.constructionNotices.nodes.map((n: { id: string }) => n.id);
  expect(ids).not.toContain(onRequest.id);
  expect(res.data.constructionNotices.totalCount).toBe(ids.length);
  expect((res.data.constructionProject?.notices ?? []).map((n: { id: string }) => n.id)).not.toContain(onRequest.id);
});

test('analysts see it, marked NOT_PROACTIVE', async () => {
  const res = await env.gql('analyst')(noticeQuery, { code: onRequest.code });
  const node = res.data.constructionNotices.nodes.find((n: { id: string }) => n.id === onRequest.id);
  expect(node).toMatchObject({ disclosure: 'ON_REQUEST', publicity: { isPublic: false, reason: 'NOT_PROACTIVE' } });
  expect(res.data.constructionProject.notices.map((n: { id: string }) => n.id)).toContain(onRequest.id);
});

const resultQuery = `query($r: [_Any!]!) {
  procurementResults(first: 100) { totalCount nodes { id publicity { isPublic reason } provenance { withdrawnAt withdrawalReason } } }
  _entities(representations: $r) { ... on Organization { bidsWon(first: 100) { totalCount nodes { id } } } } }`;

test('a withdrawn result leaves every public path, aggregates included, and stays marked for analysts', async () => {
  const r = [{ __typename: 'Organization', uscc: withdrawn.winner, name: null }];
  const pub = await env.gql()(resultQuery, { r });
  const ana = await env.gql('analyst')(resultQuery, { r });
  expect(pub.data.procurementResults.nodes.map((n: { id: string }) => n.id)).not.toContain(withdrawn.id);
  expect(pub.data._entities[0].bidsWon.nodes.map((n: { id: string }) => n.id)).not.toContain(`P${withdrawn.id}`);
  expect(ana.data.procurementResults.totalCount).toBeGreaterThan(pub.data.procurementResults.totalCount);
  const marked = ana.data.procurementResults.nodes.find((n: { id: string }) => n.id === withdrawn.id);
  expect(marked).toMatchObject({ publicity: { isPublic: false, reason: 'WITHDRAWN' }, provenance: { withdrawalReason: 'test: revoked', withdrawnAt: expect.stringMatching(/\+08:00$/u) } });
  expect(ana.data._entities[0].bidsWon.totalCount).toBe(pub.data._entities[0].bidsWon.totalCount + 1);
});

test('aggregates: the public sums leave the withdrawn result out, analysts’ include it', async () => {
  const query = `{ procurementVolume(filter: { regionCode: "${withdrawn.region}" }) { count amountYuan } }`;
  const [pub] = (await env.gql()(query)).data.procurementVolume;
  const [ana] = (await env.gql('analyst')(query)).data.procurementVolume;
  const [hidden] = await env.rows<{ n: number; yuan: string }>(`SELECT count(*)::int AS n, COALESCE(sum((w ->> 'yuan')::numeric), 0)::text AS yuan
    FROM trading.procurement_result t LEFT JOIN LATERAL jsonb_array_elements(t.winners_json::jsonb) w ON true
    WHERE region_code = $1 AND NOT (${PUBLIC_SQL('t')})`, [withdrawn.region]);
  expect(ana.count - pub.count).toBeGreaterThanOrEqual(1);
  expect(Number(ana.amountYuan) - Number(pub.amountYuan)).toBe(Number(hidden?.yuan));
});
