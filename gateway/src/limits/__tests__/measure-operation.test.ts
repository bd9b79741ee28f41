import { buildSchema, parse } from 'graphql';
import { measureOperation } from '../measure-operation';

const schema = buildSchema(`
  type Query { region(code: String!): Region  regions(first: Int, after: String): RegionConnection!  regionsByCode(codes: [String!]!): [Region!]! }
  type RegionConnection { nodes: [Region!]! totalCount: Int! }
  type Region { code: String! name: String! parent: Region children(first: Int = 50): RegionConnection! }
`);

const measure = (query: string, variables: Record<string, unknown> = {}) => measureOperation(schema, parse(query), undefined, variables);

test('cost multiplies what a list field selects by its first, 20 when not given, or its schema default', () => {
  expect(measure('{ regions(first: 10) { nodes { code name } } }')?.cost).toBe(1 + 10 * (1 + 2));
  expect(measure('{ regions { totalCount } }')?.cost).toBe(1 + 20 * 1);
  expect(measure('{ region(code: "1") { children { totalCount } } }')?.cost).toBe(1 + (1 + 50 * 1));
  expect(measure('{ regions(first: 5) { nodes { children(first: 4) { nodes { code } } } } }')?.cost).toBe(1 + 5 * (1 + (1 + 4 * (1 + 1))));
});

test('a list field answering a list of keys costs what it selects once per key, literal or variable', () => {
  expect(measure('{ regionsByCode(codes: ["1", "2", "3"]) { code children(first: 10) { totalCount } } }')?.cost).toBe(1 + 3 * (1 + (1 + 10 * 1)));
  expect(measure('query($c: [String!]!) { regionsByCode(codes: $c) { name } }', { c: Array.from({ length: 500 }, String) })?.cost).toBe(1 + 500 * 1);
  // Keys are not a page: the largest `first` stays the list-size limit's measure.
  expect(measure('query($c: [String!]!) { regionsByCode(codes: $c) { name } }', { c: ['1', '2'] })?.largestList).toBeNull();
});

test('first comes from a variable, or the variable\'s default', () => {
  expect(measure('query($n: Int) { regions(first: $n) { totalCount } }', { n: 7 })?.largestList).toEqual({ size: 7, field: 'Query.regions' });
  expect(measure('query($n: Int = 9) { regions(first: $n) { totalCount } }')?.largestList).toEqual({ size: 9, field: 'Query.regions' });
});

test('depth and aliases count through fragments, each spread counted', () => {
  const query = `{ a: region(code: "1") { ...R } b: region(code: "2") { ...R } }
    fragment R on Region { p: parent { ... on Region { parent { name } } } }`;
  expect(measure(query)).toMatchObject({ depth: 4, aliases: 4 });
});

test('a fragment spread many times over is measured once, however the spreads multiply', () => {
  const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Region { parent { ...F${i + 1} ...F${i + 1} } }`).join('\n');
  // Memoised per fragment: measured naively, this would visit 2^30 spreads and never return.
  const result = measure(`{ region(code: "1") { ...F0 } } ${levels} fragment F30 on Region { name }`);
  expect(result?.depth).toBe(32);
  expect(result?.cost).toBeGreaterThan(2 ** 30);
});

test('introspection and __typename are left to their own rules', () => {
  expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } region(code: "1") { __typename name } }')).toMatchObject({ depth: 2, cost: 2 });
});
