import { checkUscc, computeGb11714CheckChar, computeUsccCheckChar, countQueries } from '@keyfield/core';
import { PUBLIC_SQL, startTradingEnv, type TradingEnv } from './trading-server-env';

let env: TradingEnv;

/** A valid USCC for serial n (91 + 350205 + GB 11714 body + check character). */
function uscc(n: number): string {
  const first8 = String(20000000 + n);
  const first17 = `91350205${first8}${computeGb11714CheckChar(first8) ?? ''}`;
  return first17 + (computeUsccCheckChar(first17) ?? '');
}

const NAMED = { uscc: uscc(1), name: '厦门 名称匹配（测试）有限公司' };

/** A procurement result and its contract, inserted as the sync writer would store them. */
async function insertResult(noticeId: string, project: string, winners: { name: string; code: string | null }[], uncoded: string[]): Promise<void> {
  const json = JSON.stringify(winners.map((w) => ({ name: w.name, code_type: null, code: w.code, uscc_valid: w.code ? false : null, code_warning: null, amount: '1000.00', unit: '元', yuan: '1000.00' })));
  const provenance = `'主动公开', now(), 'trading/ccgp-result', $1, now(), 'h'`;
  await env.db.query(`INSERT INTO trading.procurement_result (notice_id, notice_type, title, project_code, published_at, region_code, winners_json, winner_codes, winner_uncoded_names,
      disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
    VALUES ($1, '中标（成交）结果', '名称匹配测试结果公告', $2, now(), '350205', $3, $4, $5, ${provenance})`,
  [noticeId, project, json, winners.flatMap((w) => (w.code ? [w.code] : [])), uncoded]);
  await env.db.query(`INSERT INTO trading.procurement_contract (notice_id, notice_type, title, project_code, published_at, region_code, contract_code,
      disclosure, upstream_changed_at, source, source_key, fetched_at, content_hash)
    VALUES ($1 || '-HT', '合同', '名称匹配测试合同公告', $2, now(), '350205', $2 || '-HT', ${provenance.replace('ccgp-result', 'ccgp-contract')})`, [noticeId, project]);
}

beforeAll(async () => {
  env = await startTradingEnv('kf_trading_org');
  // Published without a code: matched by its normalised name. With another code: never by name.
  await insertResult('test-named-1', 'TEST-NAMED-1', [{ name: '厦门名称匹配(测试)有限公司', code: null }], ['厦门名称匹配(测试)有限公司']);
  await insertResult('test-named-2', 'TEST-NAMED-2', [{ name: '厦门名称匹配(测试)有限公司', code: '12345678-9' }], []);
});

afterAll(async () => env.close());

const ORG_FIELDS = `uscc
  bidsWon(first: 3) { totalCount nodes { id kind matchedByName winners { name code matchedByName organization { uscc } } } }
  contracts(first: 3) { totalCount nodes { contractCode } }
  purchases(first: 3) { totalCount nodes { id noticeType } }`;

async function entities(representations: Record<string, unknown>[], role: 'public' | 'analyst' = 'public') {
  const res = await env.gql(role)(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ${ORG_FIELDS} } } }`, { r: representations });
  expect(res.errors).toBeUndefined();
  return res.data._entities as { uscc: string; bidsWon: any; contracts: any; purchases: any }[];
}

test('_entities for many organisations: one SQL query per list and one per count, whatever their number', async () => {
  const winners = await env.rows<{ code: string }>(`SELECT DISTINCT c AS code FROM (SELECT unnest(winner_codes) c FROM trading.construction_win_result
    UNION SELECT unnest(winner_codes) FROM trading.procurement_result UNION SELECT purchaser_code FROM trading.procurement_notice) t WHERE c IS NOT NULL`);
  expect(winners.length).toBeGreaterThan(40);
  const representations = [...winners.map((w) => ({ __typename: 'Organization', uscc: w.code, name: null })), { __typename: 'Organization', ...NAMED }];
  const counter = countQueries(env.db);
  const orgs = await entities(representations);
  counter.stop();
  expect(orgs).toHaveLength(representations.length);
  // bidsWon, contracts and purchases pages, plus one batched count for each list where some page
  // does not hold all of its rows (a whole page counts itself); references need no SQL
  expect(counter.count).toBe(5);
});

test('bids won are the public construction and procurement results naming the code, newest first', async () => {
  const [top] = await env.rows<{ code: string }>(`SELECT c AS code FROM (SELECT unnest(winner_codes) c FROM trading.construction_win_result
    UNION ALL SELECT unnest(winner_codes) FROM trading.procurement_result) t GROUP BY c ORDER BY count(*) DESC, c LIMIT 1`);
  const code = top?.code ?? '';
  const expected = (await env.rows<{ n: number }>(`SELECT (SELECT count(*) FROM trading.construction_win_result t WHERE $1 = ANY(winner_codes) AND ${PUBLIC_SQL('t')})
    + (SELECT count(*) FROM trading.procurement_result t WHERE $1 = ANY(winner_codes) AND ${PUBLIC_SQL('t')}) AS n`, [code]))[0]?.n;
  const [org] = await entities([{ __typename: 'Organization', uscc: code, name: null }]);
  expect(org?.bidsWon.totalCount).toBe(Number(expected));
  expect(org?.bidsWon.totalCount).toBeGreaterThan(1);
  for (const award of org?.bidsWon.nodes ?? []) {
    expect(award.matchedByName).toBe(false);
    expect(award.winners.some((w: { code: string }) => w.code === code)).toBe(true);
  }
});

test('a winner published without a code is matched on the normalised name, and flagged; a coded namesake is not', async () => {
  const [org] = await entities([{ __typename: 'Organization', ...NAMED }]);
  expect(org?.bidsWon.totalCount).toBe(1);
  expect(org?.bidsWon.nodes[0]).toMatchObject({
    id: expect.stringMatching(/^P/u), kind: 'PROCUREMENT', matchedByName: true,
    winners: [{ name: '厦门名称匹配(测试)有限公司', code: null, matchedByName: true, organization: { uscc: NAMED.uscc } }],
  });
  expect(org?.contracts).toEqual({ totalCount: 1, nodes: [{ contractCode: 'TEST-NAMED-1-HT' }] });
  const [unnamed] = await entities([{ __typename: 'Organization', uscc: NAMED.uscc }]);
  expect(unnamed?.bidsWon.totalCount).toBe(0);
});

test('contracts are those of the procurements whose result the organisation won', async () => {
  const [row] = await env.rows<{ code: string; contracts: number }>(`SELECT w AS code, count(DISTINCT c.id)::int AS contracts
    FROM trading.procurement_result r CROSS JOIN unnest(r.winner_codes) w JOIN trading.procurement_contract c ON c.project_code = r.project_code
    WHERE ${PUBLIC_SQL('r')} AND ${PUBLIC_SQL('c')} GROUP BY w ORDER BY 2 DESC LIMIT 1`);
  const [org] = await entities([{ __typename: 'Organization', uscc: row?.code, name: null }]);
  expect(org?.contracts.totalCount).toBe(row?.contracts);
});

test('purchases are the notices of all types where the organisation is the purchaser', async () => {
  const [row] = await env.rows<{ code: string; n: number }>(`SELECT purchaser_code AS code, count(*)::int AS n FROM (
      SELECT purchaser_code, disclosure, withdrawn_at FROM trading.procurement_notice UNION ALL SELECT purchaser_code, disclosure, withdrawn_at FROM trading.procurement_result
      UNION ALL SELECT purchaser_code, disclosure, withdrawn_at FROM trading.procurement_contract) t WHERE ${PUBLIC_SQL('t')} GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
  const [org] = await entities([{ __typename: 'Organization', uscc: row?.code, name: null }]);
  expect(org?.purchases.totalCount).toBe(row?.n);
  expect(org?.bidsWon.totalCount).toBe(0);
});

test('a winner’s organisation is a reference by a USCC-shaped code (failing the check or not), never by another code; project leads are masked', async () => {
  const res = await env.gql()('{ winResults(first: 100) { nodes { winners { code codeType usccValid organization { uscc } projectLead role } } } }');
  const winners = res.data.winResults.nodes.flatMap((n: { winners: unknown[] }) => n.winners) as { code: string; usccValid: boolean; organization: { uscc: string } | null; projectLead: string | null; role: string }[];
  expect(winners.some((w) => w.usccValid === false && w.code)).toBe(true);
  for (const w of winners) expect(w.organization).toEqual(w.code && checkUscc(w.code).kind === 'uscc' ? { uscc: w.code } : null);
  expect(winners.some((w) => w.organization === null && w.code)).toBe(true);
  const leads = winners.filter((w) => w.projectLead !== null).map((w) => w.projectLead ?? '');
  expect(leads.length).toBeGreaterThan(0);
  for (const lead of leads) expect(lead).toMatch(/^\p{Script=Han}{1,2}\*+$/u);
});
