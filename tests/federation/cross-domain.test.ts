import { countQueries } from '@keyfield/core';
import { startStack, type Stack } from '../support/stack';

/**
 * The analyst questions no single upstream system answers (issue: trading federated with credit),
 * each in one request through the real gateway, each costing one SQL query per list per subgraph
 * per level — counted, and the same whatever the number of organisations involved.
 */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(53, 1200);
}, 180_000);

afterAll(() => stack.stop());

/** Runs `query` as `role` and counts the SQL each subgraph ran for it. */
async function counted(query: string, variables: Record<string, unknown>) {
  const credit = countQueries(stack.credit);
  const trading = countQueries(stack.trading);
  try {
    const res = await stack.query(query, variables, 'analyst');
    expect(res.errors).toBeUndefined();
    return { data: res.data, credit: credit.count, trading: trading.count };
  } finally {
    credit.stop();
    trading.stop();
  }
}

const PROFILE = `query($u: String!) {
  organization(uscc: $u) {
    uscc name legalRepresentative status region { name }
    penalties(first: 5) { totalCount nodes { decisionNumber decisionDate kinds fine { yuan } } }
    abnormalListings(first: 5) { totalCount nodes { listedReason listedOn removedOn } }
    bidsWon(first: 5) { totalCount nodes { kind title awardedAt winners { name amount { yuan } } } }
    contracts(first: 5) { totalCount nodes { contractCode contractAmount { yuan } signedOn } }
  }
}`;

test('an organisation’s profile: register, penalties and listings (credit), awards and contracts (trading)', async () => {
  const [org] = (await stack.credit.query(`
    SELECT o.uscc FROM credit.organization o
    WHERE EXISTS (SELECT 1 FROM credit.penalty p WHERE p.uscc = o.uscc)
      AND EXISTS (SELECT 1 FROM trading.procurement_result r WHERE o.uscc = ANY(r.winner_codes)
                  AND EXISTS (SELECT 1 FROM trading.procurement_contract c WHERE c.project_code = r.project_code))
    ORDER BY o.uscc LIMIT 1`)) as { uscc: string }[];
  expect(org).toBeDefined();
  const { data, credit, trading } = await counted(PROFILE, { u: org?.uscc });
  const profile = data.organization;
  expect(profile.name).toEqual(expect.any(String));
  expect(profile.penalties.totalCount).toBeGreaterThan(0);
  expect(profile.bidsWon.totalCount).toBeGreaterThan(0);
  expect(profile.contracts.totalCount).toBeGreaterThan(0);
  const [sql] = (await stack.credit.query(`SELECT count(*)::int AS n FROM credit.penalty WHERE uscc = $1`, [org?.uscc])) as { n: number }[];
  expect(profile.penalties.totalCount).toBe(sql?.n);
  // credit: the register record, penalties page, listings page; trading: awards page, contracts
  // page — each page holds all of its rows here, so it is its own totalCount.
  expect({ credit, trading }).toEqual({ credit: 3, trading: 2 });
});

const WINNERS_WITH_PENALTIES = `query($region: String!, $from: String!, $to: String!) {
  procurementResults(first: 100, filter: { regionCode: $region, publishedDate: { from: $from, to: $to } }) {
    totalCount
    nodes {
      title publishedAt
      winners { name code organization { name penalties(first: 3, filter: { decisionDate: { from: $from, to: $to } }) { totalCount nodes { decisionNumber decisionDate } } } }
    }
  }
}`;

test('the winners of a region’s procurement over a period who also have penalties in that period', async () => {
  const from = '2020-01-01';
  const to = '2026-12-31';
  const { data, credit, trading } = await counted(WINNERS_WITH_PENALTIES, { region: '350000', from, to });
  type Winner = { name: string; code: string | null; organization: { penalties: { totalCount: number } } | null };
  const winners = (data.procurementResults.nodes as { winners: Winner[] }[]).flatMap((n) => n.winners);
  const penalised = winners.filter((w) => (w.organization?.penalties.totalCount ?? 0) > 0);
  expect(winners.length).toBeGreaterThan(10);
  expect(penalised.length).toBeGreaterThan(0);
  const expected = (await stack.credit.query(`
    SELECT DISTINCT w AS code FROM trading.procurement_result r, unnest(r.winner_codes) w
    WHERE r.id IN (SELECT id FROM trading.procurement_result WHERE region_code LIKE '35%'
                     AND (published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
                   ORDER BY published_at DESC, id DESC LIMIT 100)
      AND EXISTS (SELECT 1 FROM credit.penalty p WHERE p.uscc = w AND p.decision_date BETWEEN $1 AND $2)`, [from, to])) as { code: string }[];
  expect(new Set(penalised.map((w) => w.code))).toEqual(new Set(expected.map((e) => e.code)));
  // trading: the results page + its count; credit: the register records (for the name the winner
  // needs) of every winner at once, then their penalties page + count — however many winners.
  expect({ credit, trading }).toEqual({ credit: 3, trading: 2 });
});

const LIFE_CYCLE = `query($p: String!) {
  procurementProject(projectCode: $p) {
    projectCode
    notices { noticeType title publishedAt purchaser { name organization { name penalties { totalCount } } } }
    results { title winners { name organization { name penalties { totalCount } abnormalListings { totalCount } } } }
    contracts { contractCode contractAmount { yuan } }
  }
}`;

test('a project’s whole life cycle with each party’s credit record', async () => {
  const [project] = (await stack.trading.query(`
    SELECT r.project_code FROM trading.procurement_result r JOIN trading.procurement_contract c USING (project_code)
    WHERE r.disclosure = '主动公开' ORDER BY r.project_code LIMIT 1`)) as { project_code: string }[];
  expect(project).toBeDefined();
  const { data, credit, trading } = await counted(LIFE_CYCLE, { p: project?.project_code });
  const life = data.procurementProject;
  expect(life.notices.length).toBeGreaterThan(0);
  expect(life.results.length).toBeGreaterThan(0);
  expect(life.contracts.length).toBeGreaterThan(0);
  expect(life.results[0].winners.some((w: { organization: unknown }) => w.organization !== null)).toBe(true);
  // credit: register records of every party, their penalties page + count, listings page + count.
  expect(credit).toBeLessThanOrEqual(5);
  expect(trading).toBeLessThanOrEqual(3);
});

test('the profiles of many organisations in one request: one SQL query per list per subgraph, whatever their number', async () => {
  const codes = ((await stack.credit.query(`SELECT uscc FROM credit.organization ORDER BY uscc LIMIT 200`)) as { uscc: string }[]).map((r) => r.uscc);
  const batch = `query($u: [String!]!) { organizationsByUscc(usccs: $u) {
    uscc name penalties(first: 1) { totalCount nodes { decisionNumber } } bidsWon(first: 1) { totalCount nodes { title } } } }`;
  const few = await counted(batch, { u: codes.slice(0, 20) });
  const many = await counted(batch, { u: codes });
  expect(many.data.organizationsByUscc).toHaveLength(200);
  // credit: the register records, the penalty pages, their counts; trading: the award pages, their counts
  expect({ credit: many.credit, trading: many.trading }).toEqual({ credit: few.credit, trading: few.trading });
  expect(many.credit).toBeLessThanOrEqual(3);
  expect(many.trading).toBeLessThanOrEqual(2);
});
