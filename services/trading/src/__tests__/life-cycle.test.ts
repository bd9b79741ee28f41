import { maskPersonName } from '@keyfield/core';
import { PUBLIC_SQL, startTradingEnv, type TradingEnv } from './trading-server-env';

let env: TradingEnv;

beforeAll(async () => {
  env = await startTradingEnv('kf_trading_cycle');
});

afterAll(async () => env.close());

test('a tender project: notice → change → candidates → result, each record linking back to it', async () => {
  const [row] = await env.rows<{ code: string; lead: string }>(`SELECT r.tender_project_code AS code, r.winners_json::jsonb -> 0 ->> 'project_lead' AS lead
    FROM trading.construction_win_result r JOIN trading.construction_candidate_publicity p USING (tender_project_code)
    WHERE ${PUBLIC_SQL('r')} AND ${PUBLIC_SQL('p')} AND (SELECT count(*) FROM trading.construction_notice n WHERE n.tender_project_code = r.tender_project_code AND ${PUBLIC_SQL('n')}) = 2
    ORDER BY 1 LIMIT 1`);
  expect(row).toBeDefined();
  const res = await env.gql()(`query($code: String!) { constructionProject(tenderProjectCode: $code) {
    tenderProjectCode
    notices { nature sentAt bidOpenAt project { tenderProjectCode } }
    candidatePublicity { candidates { bidSectionCode rank name amount { yuan } } project { tenderProjectCode } }
    winResult { winners { name rank projectLead } project { tenderProjectCode } } } }`, { code: row?.code });
  expect(res.errors).toBeUndefined();
  const project = res.data.constructionProject;
  expect(project.notices.map((n: { nature: string }) => n.nature)).toEqual(['NORMAL', 'CHANGE']);
  expect(project.notices[0].sentAt < project.notices[1].sentAt).toBe(true);
  expect(project.notices[0].bidOpenAt < project.notices[1].bidOpenAt).toBe(true);
  const firstLot = project.candidatePublicity.candidates.filter((c: { bidSectionCode: string }) => c.bidSectionCode === project.candidatePublicity.candidates[0].bidSectionCode);
  expect(firstLot.map((c: { rank: number }) => c.rank)).toEqual([1, 2, 3]);
  // the rank-1 candidate of the first lot wins it; its lead is shown masked
  expect(project.winResult.winners[0]).toMatchObject({ name: firstLot[0].name, projectLead: maskPersonName(row?.lead ?? '') });
  for (const linked of [...project.notices, project.candidatePublicity, project.winResult]) expect(linked.project.tenderProjectCode).toBe(row?.code);
});

test('a procurement: intention → announcement → result → contract, in the order published', async () => {
  const [row] = await env.rows<{ code: string }>(`SELECT c.project_code AS code FROM trading.procurement_contract c JOIN trading.procurement_result r USING (project_code)
    WHERE ${PUBLIC_SQL('c')} AND ${PUBLIC_SQL('r')} AND NOT EXISTS (SELECT 1 FROM trading.procurement_notice n WHERE n.project_code = c.project_code AND NOT (${PUBLIC_SQL('n')}))
      AND EXISTS (SELECT 1 FROM trading.procurement_notice n WHERE n.project_code = c.project_code AND n.notice_type = '采购意向')
    ORDER BY 1 LIMIT 1`);
  const res = await env.gql()(`query($code: String!) { procurementProject(projectCode: $code) {
    notices { noticeType publishedAt project { projectCode } }
    results { winners { name code amount { yuan } } }
    contracts { contractCode contractAmount { yuan } signedOn project { projectCode } } } }`, { code: row?.code });
  expect(res.errors).toBeUndefined();
  const project = res.data.procurementProject;
  const types = project.notices.map((n: { noticeType: string }) => n.noticeType);
  expect(types[0]).toBe('INTENTION');
  expect(types.indexOf('AWARD')).toBeLessThan(types.indexOf('CONTRACT'));
  const times = project.notices.map((n: { publishedAt: string }) => n.publishedAt);
  expect(times).toEqual([...times].sort());
  expect(project.results).toHaveLength(1);
  expect(project.contracts[0].contractCode).toBe(`${row?.code}-HT`);
  expect(project.contracts[0].contractAmount.yuan).toBe(project.results[0].winners[0].amount.yuan);
  expect(project.contracts[0].project.projectCode).toBe(row?.code);
});

test('a project nobody published is null', async () => {
  const res = await env.gql()('{ constructionProject(tenderProjectCode: "E000000") { tenderProjectCode } procurementProject(projectCode: "none") { projectCode } }');
  expect(res.data).toEqual({ constructionProject: null, procurementProject: null });
});
