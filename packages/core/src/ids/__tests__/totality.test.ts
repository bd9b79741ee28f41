import { checkResidentId, checkUscc, computeUsccCheckChar, maskIdNumber, maskPersonName, usccKindLabel } from '..';
import { toHalfWidth } from '../../text';
import { fuzzStrings } from '../../text/__tests__/fuzz-strings';

describe('identifier utilities on arbitrary strings', () => {
  it('never throw', () => {
    for (const s of fuzzStrings(3000)) {
      expect(() => [checkUscc(s), checkResidentId(s), computeUsccCheckChar(s), usccKindLabel(s)]).not.toThrow();
    }
  });

  it('mask id numbers without changing the length, revealing 10 of 18 or a quarter of others', () => {
    for (const s of fuzzStrings(3000, 11)) {
      const length = Array.from(toHalfWidth(s).replace(/\s+/gu, '')).length;
      const masked = Array.from(maskIdNumber(s));
      const shown = masked.filter((c) => c !== '*').length;
      expect(masked.length).toBe(length);
      expect(shown).toBeLessThanOrEqual(length === 18 ? 10 : length / 4);
    }
  });

  it('mask names without changing their trimmed length', () => {
    for (const s of fuzzStrings(3000, 13)) {
      expect(Array.from(maskPersonName(s)).length).toBe(Array.from(s.trim()).length);
    }
  });
});
