import { startStack, type Stack } from '../support/stack';

const RESULT = 'requestId accepted inserted updated unchanged rejected quarantined results { index key status change reason }';
const PUSH = `mutation($records: [PenaltyRecordInput!]!) { ingestPenalties(records: $records) { ${RESULT} } }`;
// A decision-number series the simulator never issues, so the pushed penalties can be found by it.
const SERIES = '厦推送测罚〔2026〕';

function penalty(n: number, overrides: Record<string, string | null> = {}): Record<string, string | null> {
  return {
    CF_WSH: `${SERIES}${n}号`, CF_XDR_MC: `厦门推送${n}贸易有限公司`, CF_XDR_LB: '法人及非法人组织', CF_XDR_SHXYM: '91350205MA31XK2P5K',
    CF_CFLB: '罚款', CF_NR_FK: '0.5', CF_JDRQ: '2026/11/02', CF_CFJG: '厦门市海沧区市场监督管理局', CF_CFJGDM: '11350205003034767H',
    SJC: '2026-11-02 10:00:00', CZLX: 'I', GKSX: '主动公开', ...overrides,
  };
}

const BATCH = [penalty(1), penalty(2, { CF_JDRQ: '2026/02/30' }), penalty(3), penalty(4, { CF_NR_FK: 'abc' })];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack(47, 120);
}, 120_000);

afterAll(() => stack.stop());

test('a pushed batch through the gateway stores the good records, rejects the bad ones with reasons, and reads back', async () => {
  const pushed = await stack.query(PUSH, { records: BATCH }, 'sync');
  expect(pushed.errors).toBeUndefined();
  expect(pushed.data.ingestPenalties).toMatchObject({ accepted: 2, inserted: 2, rejected: 2, quarantined: 2 });
  expect(pushed.data.ingestPenalties.results.map((r: { status: string }) => r.status)).toEqual(['ACCEPTED', 'REJECTED', 'ACCEPTED', 'REJECTED']);
  expect(pushed.data.ingestPenalties.results[1].reason).toMatch(/^CF_JDRQ: /);
  expect(pushed.data.ingestPenalties.results[3].reason).toMatch(/^CF_NR_FK: /);

  const read = await stack.query(
    `query($text: String!) { penalties(first: 10, filter: { text: $text }, orderBy: DECISION_DATE_ASC) {
       totalCount nodes { decisionNumber fine { amount unit yuan } region { name } provenance { source sourceKey } } } }`,
    { text: SERIES });
  expect(read.errors).toBeUndefined();
  expect(read.data.penalties.totalCount).toBe(2);
  const nodes = read.data.penalties.nodes as { decisionNumber: string; fine: { yuan: string }; region: { name: string }; provenance: { source: string } }[];
  expect(nodes.map((n) => n.decisionNumber).sort()).toEqual([`${SERIES}1号`, `${SERIES}3号`]);
  for (const node of nodes) {
    expect(node.fine).toEqual({ amount: '0.5', unit: '万元', yuan: '5000' });
    expect(node.provenance.source).toBe('push:credit/xzcf');
    expect(node.region.name).toBe('海沧区');
  }
});

test('the same batch retried through the gateway is unchanged, its rejects rejected again', async () => {
  const fingerprint = () => stack.credit.query(
    "SELECT md5(string_agg(p::text, ',' ORDER BY decision_number)) AS h FROM credit.penalty p WHERE decision_number LIKE '厦推送测罚%'");
  const before = await fingerprint();
  const retried = await stack.query(PUSH, { records: BATCH }, 'sync');
  expect(retried.errors).toBeUndefined();
  expect(retried.data.ingestPenalties).toMatchObject({ accepted: 0, unchanged: 2, rejected: 2, quarantined: 0 });
  expect(retried.data.ingestPenalties.results.map((r: { status: string }) => r.status)).toEqual(['UNCHANGED', 'REJECTED', 'UNCHANGED', 'REJECTED']);
  expect(await fingerprint()).toEqual(before);
});

test('a batch of 5,000 penalties passes the gateway in one call, and one more is BAD_USER_INPUT', async () => {
  const records = Array.from({ length: 5000 }, (_, i) => penalty(10_000 + i));
  const pushed = await stack.query(PUSH, { records }, 'sync');
  expect(pushed.errors).toBeUndefined();
  expect(pushed.data.ingestPenalties).toMatchObject({ accepted: 5000, rejected: 0 });
  expect(pushed.data.ingestPenalties.results).toHaveLength(5000);
  const over = await stack.query(PUSH, { records: [...records, penalty(99_999)] }, 'sync');
  expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(over.errors?.[0]?.message).toContain('5000');
}, 120_000);
