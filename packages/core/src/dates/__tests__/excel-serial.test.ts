import { excelSerialToWallClock } from '../excel-serial';
import { formatWallDate, formatWallTime } from '../wall-clock';

function read(serial: number): string {
  const r = excelSerialToWallClock(serial);
  return r.ok ? `${formatWallDate(r.clock)} ${formatWallTime(r.clock)}` : `fail: ${r.reason}`;
}

describe('excelSerialToWallClock', () => {
  it('counts serial 1 as 1900-01-01 and 59 as 1900-02-28', () => {
    expect(read(1)).toBe('1900-01-01 00:00:00');
    expect(read(59)).toBe('1900-02-28 00:00:00');
  });

  it('refuses serial 60, the fictional 1900-02-29 of the Lotus leap-year bug', () => {
    expect(read(60)).toMatch(/^fail: .*1900-02-29/);
  });

  it('shifts every serial after the bug by one day', () => {
    expect(read(61)).toBe('1900-03-01 00:00:00');
    expect(read(43819)).toBe('2019-12-20 00:00:00');
  });

  it('reads the fraction as the time of day, rounded to the second', () => {
    expect(read(43819.5)).toBe('2019-12-20 12:00:00');
    expect(read(43819.99998)).toBe('2019-12-20 23:59:58');
    expect(read(43819.999999)).toBe('2019-12-21 00:00:00');
  });

  it('refuses zero, negative and non-finite serials', () => {
    for (const serial of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(read(serial)).toMatch(/^fail/);
  });
});
