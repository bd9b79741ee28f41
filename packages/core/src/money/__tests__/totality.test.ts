import { amountFromText, parseAmount, parseMoneyUnit, toYuan } from '..';
import { fuzzStrings } from '../../text/__tests__/fuzz-strings';

describe('money utilities on arbitrary strings', () => {
  it('never throw, and every amount produced is plain decimal text', () => {
    for (const s of fuzzStrings(5000)) {
      const parsed = parseAmount(s);
      if (parsed?.ok) expect(parsed.amount).toMatch(/^[+-]?(\d+\.?\d*|\.\d+)$/);
      const yuan = toYuan(s, '万元');
      if (yuan !== null) expect(yuan).toMatch(/^-?\d+(\.\d+)?$/);
      const found = amountFromText(s);
      if (found !== null) expect(found.amount).toMatch(/^\d+(\.\d+)?$/);
      expect(() => parseMoneyUnit(s)).not.toThrow();
    }
  });
});
