import { startStack, type Stack } from '../support/stack';

/** policy.md 个人信息: what a natural person's record may never show or confirm, through the gateway. */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack(47, 800);
}, 120_000);

afterAll(() => stack.stop());

test('a defaulter who is a person shows neither the full name nor the id anywhere, provenance included', async () => {
  const res = await stack.query('{ judgmentDefaulters(first: 100) { nodes { name naturalPerson code provenance { sourceKey } } } }');
  expect(res.errors).toBeUndefined();
  const people = (res.data.judgmentDefaulters.nodes as { name: string; naturalPerson: boolean; code: string | null; provenance: { sourceKey: string } }[]).filter((n) => n.naturalPerson);
  expect(people.length).toBeGreaterThan(0);
  const raw = (await stack.credit.query(`SELECT name, id_or_org_code AS code FROM credit.defaulter WHERE id_or_org_code LIKE '%*%'`)) as { name: string; code: string }[];
  const body = JSON.stringify(res);
  for (const r of raw) expect(body).not.toContain(`|${r.name}"`);
  for (const p of people) expect(p.name).toMatch(/\*/);
});

test('searching a natural person’s full name does not confirm it', async () => {
  const [person] = (await stack.credit.query(`SELECT subject_name AS name FROM credit.penalty WHERE subject_kind = 'NATURAL_PERSON' LIMIT 1`)) as { name: string }[];
  const res = await stack.query('query($t: String!) { penalties(filter: { text: $t }) { totalCount } judgmentDefaulters(filter: { text: $t }) { totalCount } }', { t: person?.name ?? '' });
  expect(res.errors).toBeUndefined();
  expect(res.data.penalties.totalCount).toBe(0);
});

test('an organisation’s judgment defaults are found by the organisation code its USCC carries', async () => {
  const [match] = (await stack.credit.query(
    `SELECT o.uscc FROM credit.organization o JOIN credit.defaulter d ON replace(d.id_or_org_code, '-', '') = substr(o.uscc, 9, 9) LIMIT 1`)) as { uscc: string }[];
  expect(match).toBeDefined();
  const res = await stack.query('query($u: String!) { organization(uscc: $u) { judgmentDefaults(first: 5) { totalCount nodes { caseNumber } } } }', { u: match?.uscc });
  expect(res.errors).toBeUndefined();
  expect(res.data.organization.judgmentDefaults.totalCount).toBeGreaterThan(0);
});
