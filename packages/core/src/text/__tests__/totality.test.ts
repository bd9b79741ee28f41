import { normaliseName, toHalfWidth } from '..';
import { fuzzStrings } from './fuzz-strings';

describe('text utilities on arbitrary strings', () => {
  it('never throw and always return a string', () => {
    for (const s of fuzzStrings(3000)) {
      expect(typeof toHalfWidth(s)).toBe('string');
      expect(typeof normaliseName(s)).toBe('string');
    }
  });

  it('normaliseName is idempotent', () => {
    for (const s of fuzzStrings(3000, 7)) expect(normaliseName(normaliseName(s))).toBe(normaliseName(s));
  });
});
