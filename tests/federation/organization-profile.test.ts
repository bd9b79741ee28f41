import { countQueries } from '@keyfield/core';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let uscc: string;

beforeAll(async () => {
  stack = await startStack(31, 600);
  // An organisation of the register that has penalties, to query by its code.
  const [row] = (await stack.credit.query(
    `SELECT o.uscc FROM credit.organization o JOIN credit.penalty p ON p.uscc = o.uscc
     WHERE o.uscc_valid AND p.withdrawn_at IS NULL GROUP BY o.uscc ORDER BY count(*) DESC, o.uscc LIMIT 1`)) as { uscc: string }[];
  uscc = row?.uscc ?? '';
}, 120_000);

afterAll(() => stack.stop());

test('organization { region { name } penalties } crosses catalog and credit through the real gateway', async () => {
  const res = await stack.query(
    `query($uscc: String!) { organization(uscc: $uscc) { uscc name usccValid region { code name fullName }
       penalties(first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { decisionNumber decisionDate kinds fine { amount unit yuan } authority { name } region { name } } } } }`,
    { uscc });
  expect(res.errors).toBeUndefined();
  const org = res.data.organization;
  expect(org.uscc).toBe(uscc);
  expect(org.name.length).toBeGreaterThan(2);
  expect(org.region.name.length).toBeGreaterThan(1);
  expect(org.penalties.totalCount).toBeGreaterThanOrEqual(1);
  expect(org.penalties.nodes[0].decisionNumber).toBeTruthy();
  for (const node of org.penalties.nodes) {
    if (node.fine) expect(node.fine.unit).toBe('万元');
  }
});

test('a list of organisations with their regions resolves regions in one batch', async () => {
  const res = await stack.query('{ organizations(first: 30) { totalCount nodes { uscc region { name parent { name } } } } }');
  expect(res.errors).toBeUndefined();
  expect(res.data.organizations.nodes.length).toBe(30);
  expect(res.data.organizations.nodes.filter((n: { region: unknown }) => n.region).length).toBeGreaterThan(20);
});

test('a natural person never shows a name in full nor an id number', async () => {
  const res = await stack.query('{ penalties(first: 50, filter: { subjectKind: NATURAL_PERSON }) { nodes { subject { name idNumberMasked legalRepresentative } } } }');
  expect(res.errors).toBeUndefined();
  const nodes = res.data.penalties.nodes as { subject: { name: string; idNumberMasked: string | null } }[];
  expect(nodes.length).toBeGreaterThan(0);
  for (const { subject } of nodes) {
    expect(subject.name).toMatch(/\*/);
    // Resident ids keep their first 6 and last 4; passports and permits keep at most a quarter.
    if (subject.idNumberMasked?.length === 18) expect(subject.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    else if (subject.idNumberMasked) expect(subject.idNumberMasked).toMatch(/\*/);
  }
  const raw = (await stack.credit.query('SELECT person_id_number FROM credit.penalty WHERE person_id_number IS NOT NULL LIMIT 5')) as { person_id_number: string }[];
  const body = JSON.stringify(res);
  for (const r of raw) expect(body).not.toContain(r.person_id_number);
});

test('a bad argument through the gateway is a BAD_USER_INPUT and the gateway keeps serving', async () => {
  const bad = await stack.query('{ penalties(filter: { regionCode: "35" }) { totalCount } }');
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const good = await stack.query('{ region(code: "350200") { name } }');
  expect(good.data.region.name).toBe('厦门市');
});

test('a page of penalties with each party’s organisation and region costs one query per level', async () => {
  const counter = countQueries(stack.credit);
  const res = await stack.query('{ penalties(first: 40, filter: { subjectKind: LEGAL_ENTITY }) { nodes { decisionNumber organization { uscc name region { name } } } } }');
  counter.stop();
  expect(res.errors).toBeUndefined();
  const named = res.data.penalties.nodes.filter((n: { organization: { name: string | null } | null }) => n.organization?.name);
  expect(named.length).toBeGreaterThan(10);
  // the page, then every party's register record in one batch
  expect(counter.count).toBe(2);
});
