import { parseDate } from '../parse-date';

const day = (date: string, longTerm = false) => ({ ok: true, date, longTerm });

describe('parseDate', () => {
  it.each([
    ['2019/12/20', '2019-12-20'],
    ['2019-12-20', '2019-12-20'],
    ['2019.12.20', '2019-12-20'],
    ['2019年12月20日', '2019-12-20'],
    ['2019年12月20号', '2019-12-20'],
    ['2026/3/5', '2026-03-05'],
    ['2026-3-5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['20191220', '2019-12-20'],
  ])('reads the published date %s as %s', (raw, date) => {
    expect(parseDate(raw)).toEqual(day(date));
  });

  it.each([
    ['2026年3月13日上午9:00', '2026-03-13'],
    ['2026-03-13 09:00:00', '2026-03-13'],
    ['20260313090000', '2026-03-13'],
    ['2026-03-13T23:30:00+08:00', '2026-03-13'],
  ])('keeps only the day of the date-time %s', (raw, date) => {
    expect(parseDate(raw)).toEqual(day(date));
  });

  it('reads epoch milliseconds as the Shanghai day, not the UTC one', () => {
    // 2026-03-12T16:30:00Z is already 00:30 on 2026-03-13 in Shanghai.
    expect(parseDate(String(Date.UTC(2026, 2, 12, 16, 30)))).toEqual(day('2026-03-13'));
  });

  it('reads a 12-digit epoch millisecond value', () => {
    expect(parseDate('946656000000')).toEqual(day('2000-01-01'));
  });

  it('reads Excel serial numbers in the 1900 date system, leap-year bug included', () => {
    expect(parseDate('43819')).toEqual(day('2019-12-20'));
    expect(parseDate('45000')).toEqual(day('2023-03-15'));
    expect(parseDate('43819.375')).toEqual(day('2019-12-20'));
  });

  it('accepts numbers as well as strings', () => {
    expect(parseDate(43819)).toEqual(day('2019-12-20'));
    expect(parseDate(1773334800000)).toEqual(day('2026-03-13'));
  });

  it('folds full-width digits and trims surrounding whitespace', () => {
    expect(parseDate('\u3000２０１９／１２／２０ ')).toEqual(day('2019-12-20'));
  });

  it('reads a date written in Chinese numerals on a decision document', () => {
    expect(parseDate('二〇一九年十二月二十日')).toEqual(day('2019-12-20'));
    expect(parseDate('二〇二三年五月六日')).toEqual(day('2023-05-06'));
    expect(parseDate('二○二三年十月三十一日')).toEqual(day('2023-10-31'));
  });

  it('marks 2099/12/31 and 9999-12-31 as long-term (长期)', () => {
    expect(parseDate('2099/12/31')).toEqual(day('2099-12-31', true));
    expect(parseDate('9999-12-31')).toEqual(day('9999-12-31', true));
    expect(parseDate('2099/12/30')).toEqual(day('2099-12-30'));
  });

  it('maps the words 长期 and 长期有效 to the long-term sentinel day', () => {
    expect(parseDate('长期')).toEqual(day('2099-12-31', true));
    expect(parseDate('长期有效')).toEqual(day('2099-12-31', true));
  });

  it('lets a source configure its own long-term dates', () => {
    expect(parseDate('2050-12-31', { longTermDates: ['2050-12-31'] })).toEqual(day('2050-12-31', true));
    expect(parseDate('2099-12-31', { longTermDates: [] })).toEqual(day('2099-12-31'));
  });

  it.each(['2026/13/45', '2023/02/29', '2026-04-31', '0000-00-00', '2026-03-13 24:00:00', '2026年3月13日上午15:00'])(
    'rejects the impossible value %s with a reason',
    (raw) => {
      const result = parseDate(raw);
      expect(result).toMatchObject({ ok: false });
      expect(result?.ok === false && result.reason.length > 0).toBe(true);
    },
  );

  it('accepts 29 February of a leap year', () => {
    expect(parseDate('2024/02/29')).toEqual(day('2024-02-29'));
  });

  it.each(['abc', '2019-12', '2019年12月', '1576771200', '2019', '2019/12-20', '2019-12-20 至 2020-12-19', '12/20/2019'])(
    'rejects the unrecognised value %s with a reason',
    (raw) => {
      expect(parseDate(raw)).toMatchObject({ ok: false, reason: expect.any(String) });
    },
  );

  it('explains that a 10-digit number looks like epoch seconds', () => {
    expect(parseDate('1576771200')).toMatchObject({ ok: false, reason: expect.stringMatching(/epoch seconds/) });
  });

  it('returns null for missing input, distinct from a failure', () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('  \u3000 ')).toBeNull();
    expect(parseDate(Number.NaN)).toBeNull();
  });

  it('never throws on hostile input', () => {
    const inputs: unknown[] = [{}, [], true, '\u0000', '9'.repeat(5000), '2019-12-20'.repeat(500), '😀', '-1', '1e5'];
    for (const input of inputs) {
      expect(() => parseDate(input as string)).not.toThrow();
    }
  });
});
