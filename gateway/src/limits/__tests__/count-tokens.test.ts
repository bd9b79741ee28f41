import { countTokens } from '../count-tokens';

test('punctuators, names and values each count as a token', () => {
  expect(countTokens('{ region(code: "1") { name } }', 100)).toBe(11);
});

test('counting stops just past the limit, so a huge document costs no more than the limit', () => {
  expect(countTokens('{ a b c d e f g h i j }', 3)).toBe(4);
});

test('a document the lexer cannot read is left to the parser', () => {
  expect(countTokens('{ a "unterminated', 100)).toBe(2);
});
