import { parseDateTime } from '../parse-date-time';

const at = (dateTime: string, hasTime = true) => ({ ok: true, dateTime, date: dateTime.slice(0, 10), hasTime });

describe('parseDateTime', () => {
  it('reads 2026年3月13日上午9:00 as 09:00 Shanghai time', () => {
    expect(parseDateTime('2026年3月13日上午9:00')).toEqual(at('2026-03-13T09:00:00+08:00'));
  });

  it.each([
    ['2026年3月13日下午3:30', '2026-03-13T15:30:00+08:00'],
    ['2026年3月13日下午12:10', '2026-03-13T12:10:00+08:00'],
    ['2026年3月13日上午12:10', '2026-03-13T00:10:00+08:00'],
    ['2026年3月13日 下午14:30', '2026-03-13T14:30:00+08:00'],
    ['2026年3月13日晚上8点', '2026-03-13T20:00:00+08:00'],
    ['2026年3月13日下午3点半', '2026-03-13T15:30:00+08:00'],
    ['2026年3月13日9时30分', '2026-03-13T09:30:00+08:00'],
    ['2026年3月13日中午1点', '2026-03-13T13:00:00+08:00'],
    ['2026-03-13 9:00 PM', '2026-03-13T21:00:00+08:00'],
  ])('honours the day period in %s', (raw, iso) => {
    expect(parseDateTime(raw)).toEqual(at(iso));
  });

  it.each([
    ['2026-03-13 09:00:00', '2026-03-13T09:00:00+08:00'],
    ['2026/3/13 9:05:07', '2026-03-13T09:05:07+08:00'],
    ['20260313090000', '2026-03-13T09:00:00+08:00'],
    ['2026-03-13T09:00:00.250', '2026-03-13T09:00:00.250+08:00'],
    ['2019-12-20 00:00:00.0', '2019-12-20T00:00:00+08:00'],
  ])('takes the zone-less date-time %s as Shanghai local time', (raw, iso) => {
    expect(parseDateTime(raw)).toEqual(at(iso));
  });

  it('converts epoch milliseconds to Shanghai time', () => {
    expect(parseDateTime(String(Date.UTC(2026, 2, 13, 1, 0, 0)))).toEqual(at('2026-03-13T09:00:00+08:00'));
    expect(parseDateTime(Date.UTC(2026, 2, 12, 16, 30, 0, 5))).toEqual(at('2026-03-13T00:30:00.005+08:00'));
  });

  it('re-expresses a UTC or other-offset ISO time on the Shanghai clock', () => {
    expect(parseDateTime('2026-03-12T17:00:00Z')).toEqual(at('2026-03-13T01:00:00+08:00'));
    expect(parseDateTime('2026-03-13T09:00:00+0900')).toEqual(at('2026-03-13T08:00:00+08:00'));
    expect(parseDateTime('2026-03-13T09:00:00+08:00')).toEqual(at('2026-03-13T09:00:00+08:00'));
  });

  it('gives a date-only value midnight and says it had no time', () => {
    expect(parseDateTime('2019年12月20日')).toEqual(at('2019-12-20T00:00:00+08:00', false));
  });

  it('reads the time fraction of an Excel serial number', () => {
    expect(parseDateTime('43819.375')).toEqual(at('2019-12-20T09:00:00+08:00'));
  });

  it.each(['2026-03-13 25:00', '2026-03-13 09:60', '2026年3月13日上午13:00', '2026-03-13 9点钟响', '2026-02-30T00:00:00Z'])(
    'rejects the impossible or unreadable time %s with a reason',
    (raw) => {
      expect(parseDateTime(raw)).toMatchObject({ ok: false, reason: expect.any(String) });
    },
  );

  it('refuses a long-term word, which names no instant', () => {
    expect(parseDateTime('长期')).toMatchObject({ ok: false });
  });

  it('returns null for missing input', () => {
    expect(parseDateTime('')).toBeNull();
    expect(parseDateTime(null)).toBeNull();
    expect(parseDateTime(undefined)).toBeNull();
  });

  it('rejects an instant that leaves the year 9999 on the Shanghai clock', () => {
    expect(parseDateTime('9999-12-31T23:00:00Z')).toMatchObject({ ok: false });
  });
});
