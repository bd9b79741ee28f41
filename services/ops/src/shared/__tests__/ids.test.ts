import { GraphQLError } from 'graphql';
import { parseIds } from '../ids';

const message = (run: () => unknown): string => {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    expect((err as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
    return (err as GraphQLError).message;
  }
  throw new Error('no error');
};

test('ids are positive whole numbers within bigint, deduplicated', () => {
  expect(parseIds(['3', ' 3', '9223372036854775807'], 'ids')).toEqual(['3', '9223372036854775807']);
  expect(message(() => parseIds(['9223372036854775808', '0', '1e3'], 'ids'))).toBe(
    'ids: "9223372036854775808", "0", "1e3" are not ids. Pass the id fields of items from a list (positive whole numbers)');
  expect(message(() => parseIds([], 'ids'))).toMatch(/at least one/);
});
