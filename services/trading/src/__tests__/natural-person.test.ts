import { startTradingEnv, type TradingEnv } from './trading-server-env';

/**
 * policy.md 个人信息 in trading: a land buyer or a winner may be a natural person (an id number as
 * its code). Every caller sees the name and the id masked, and a full name cannot be confirmed by search.
 */
let env: TradingEnv;
const NAME = '欧阳明华';
const ID = '110101199003071234';

beforeAll(async () => {
  env = await startTradingEnv('kf_trading_person');
  await env.db.query(`UPDATE trading.land_deal SET buyer_name = $1, buyer_code = $2, buyer_code_type = '身份证', disclosure = '主动公开'
    WHERE id = (SELECT min(id) FROM trading.land_deal)`, [NAME, ID]);
  await env.db.query(`UPDATE trading.procurement_result
    SET winners_json = jsonb_set(winners_json::jsonb, '{0}', (winners_json::jsonb -> 0) || jsonb_build_object('name', $1::text, 'code', $2::text, 'code_type', '身份证'))::text,
        disclosure = '主动公开'
    WHERE id = (SELECT min(id) FROM trading.procurement_result)`, [NAME, ID]);
}, 180_000);

afterAll(() => env.close());

const PARTY = 'name code naturalPerson organization { uscc }';

test.each(['public', 'analyst'] as const)('%s sees a natural person masked, with no organisation, wherever the party appears', async (role) => {
  const res = await env.gql(role)(`{ landDeals(first: 100) { nodes { buyer { ${PARTY} } } } procurementResults(first: 100) { nodes { winners { ${PARTY} } } }
    awardsPerWinner(first: 100) { winner { ${PARTY} } } }`);
  expect(res.errors).toBeUndefined();
  const body = JSON.stringify(res);
  expect(body).not.toContain(NAME);
  expect(body).not.toContain(ID);
  const people = [...res.data.landDeals.nodes.map((n: { buyer: unknown }) => n.buyer), ...res.data.procurementResults.nodes.flatMap((n: { winners: unknown[] }) => n.winners)]
    .filter((p: { naturalPerson: boolean } | null) => p?.naturalPerson);
  expect(people).toContainEqual({ name: '欧阳**', code: '110101********1234', naturalPerson: true, organization: null });
  expect(people.length).toBeGreaterThanOrEqual(2);
});

test('searching a natural person’s full name finds nothing', async () => {
  const res = await env.gql('analyst')('query($t: String!) { landDeals(filter: { text: $t }) { totalCount } }', { t: NAME });
  expect(res.data.landDeals.totalCount).toBe(0);
});
