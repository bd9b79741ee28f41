import { formatChineseDate, formatDate, formatTimestamp, parseTimestamp } from '../clock';
import { Timeline, lowerBound } from '../timeline';

describe('clock', () => {
  it('round-trips SJC timestamps with no host time zone involved', () => {
    const seconds = parseTimestamp('2026-11-01 09:30:05') as number;
    expect(formatTimestamp(seconds)).toBe('2026-11-01 09:30:05');
    expect(formatDate(seconds, '/')).toBe('2026/11/01');
    expect(formatChineseDate(seconds)).toBe('2026年11月01日');
  });

  it.each(['2026-13-01 00:00:00', '2026-02-30 00:00:00', '2026-01-01', '2026-01-01T00:00:00', '2026-01-01 24:00:00'])('rejects %s', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe('Timeline', () => {
  const timeline = new Timeline(3, 'x', { startSeconds: 1000, rowsPerBlock: 32, blockSpanSeconds: 600 });

  it('is non-decreasing, starts at the start and puts several rows in one second', () => {
    const times = Array.from({ length: 3000 }, (_, i) => timeline.time(i));
    expect(times[0]).toBe(1000);
    for (let i = 1; i < times.length; i += 1) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
    const perSecond = new Map<number, number>();
    for (const t of times) perSecond.set(t, (perSecond.get(t) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeGreaterThanOrEqual(4);
  });

  it('finds the first row at or after a time by binary search', () => {
    const t = timeline.time(777);
    const i = lowerBound(timeline, 3000, t);
    expect(timeline.time(i)).toBe(t);
    expect(i === 0 || timeline.time(i - 1) < t).toBe(true);
  });
});
