import { readCommonDate } from '../common-date';
import { readNumericDate } from '../numeric-date';
import { cleanDateInput, readDate } from '../read-date';
import { readTextDate } from '../text-date';

/** What the general readers make of a text: the reference the fixed-width reader must match. */
const general = (text: string) => readNumericDate(text) ?? readTextDate(text);

describe('readCommonDate', () => {
  it.each(['2019/12/20', '2019-12-20', '2019.12.20', '2026-01-06 04:20:01', '2026/01/06 23:59:59', '2026.01.06 00:00:00'])(
    'reads %s as the general readers do',
    (text) => {
      expect(readCommonDate(text)).toEqual(general(text));
    },
  );

  it.each(['2019/13/45', '0000-01-01', '2023-02-29', '2026-01-06 24:00:00', '2026-01-06 09:60:61', '9999/99/99 99:99:99'])(
    'leaves the range of %s to readDate, which gives the same reason as before',
    (text) => {
      expect(readCommonDate(text)).toEqual(general(text));
      expect(readDate(text)).toMatchObject({ ok: false });
    },
  );

  it.each(['2019/12-20', '2019/1/20', '20191220', '2019-12-20T01:00:00', '2019-12-20 01:00', '2019-12-20 01:00:00Z', '２０１９/12/20', '2019/12/2０', 'abcd/ef/gh'])(
    'leaves %s to the general readers',
    (text) => {
      expect(readCommonDate(text)).toBeUndefined();
    },
  );

  it('agrees with the general readers on every fixed-width text made of digits and separators', () => {
    let state = 7;
    const next = (n: number): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return Math.floor((state / 2 ** 32) * n);
    };
    const PIECES = '0123456789012345678901234567890123456789-/.: T';
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const template = next(2) === 0 ? 'dddd-dd-dd' : 'dddd-dd-dd dd:dd:dd';
      const sep = '-/.'[next(3)] ?? '-';
      const text = [...template]
        .map((ch) => {
          if (next(20) === 0) return PIECES.charAt(next(PIECES.length));
          if (ch === 'd') return String(next(10));
          return ch === '-' ? sep : ch;
        })
        .join('');
      const common = readCommonDate(text);
      if (common !== undefined && JSON.stringify(common) !== JSON.stringify(general(text))) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('cleanDateInput', () => {
  it('collapses whitespace runs and folds full-width text, and leaves clean text as it is', () => {
    expect(cleanDateInput('2019/12/20')).toBe('2019/12/20');
    expect(cleanDateInput(' 2026-01-06 04:20:01 ')).toBe('2026-01-06 04:20:01');
    expect(cleanDateInput('2026-01-06  \t04:20:01')).toBe('2026-01-06 04:20:01');
    expect(cleanDateInput('2026-01-06\n04:20:01')).toBe('2026-01-06 04:20:01');
    expect(cleanDateInput('\u3000２０１９／１２／２０\u3000')).toBe('2019/12/20');
    expect(cleanDateInput('2019年12月20日')).toBe('2019年12月20日');
  });
});
