import { parseListQuery } from '../query';

const parse = (qs: string) => parseListQuery(new URLSearchParams(qs));

describe('list query', () => {
  it('defaults to the whole feed, page 1 of 100', () => {
    expect(parse('')).toEqual({ since: undefined, pageNo: 1, pageSize: 100 });
    expect(parse('since=2026-01-01+08:00:00&pageNo=3&pageSize=7')).toEqual({ since: Date.UTC(2026, 0, 1, 8) / 1000, pageNo: 3, pageSize: 7 });
  });

  it.each([
    ['pageSize=101', '1001', 'pageSize 不能超过100'],
    ['since=2026-01-01', '1002', expect.stringContaining('since')],
    ['since=2026-13-45 00:00:00', '1002', expect.stringContaining('since')],
    ['pageNo=0', '1003', expect.stringContaining('pageNo')],
    ['pageNo=abc', '1003', expect.stringContaining('pageNo')],
    ['pageSize=-5', '1004', expect.stringContaining('pageSize')],
  ])('answers %s with code %s', (qs, code, msg) => {
    expect(parse(qs)).toEqual({ code, msg });
  });
});
