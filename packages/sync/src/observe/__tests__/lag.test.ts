import { cursorLagSeconds } from '../lag';

const now = Date.parse('2026-03-01T12:00:00+08:00');

test('a since-cursor lags by now minus its SJC, read as Shanghai time', () => {
  expect(cursorLagSeconds({ since: '2026-03-01 11:00:00' }, now)).toBe(3600);
  expect(cursorLagSeconds({ since: '2026-03-01 12:00:30' }, now)).toBe(0);
});

test('no lag can be told from a file feed, an unread cursor or a malformed one', () => {
  expect(cursorLagSeconds({ files: { 'xzxk_20260101.csv': 'ab' } }, now)).toBeNull();
  expect(cursorLagSeconds({ since: '1970-01-01 00:00:00' }, now)).toBeNull();
  expect(cursorLagSeconds({ since: '2026-13-45 00:00:00' }, now)).toBeNull();
  expect(cursorLagSeconds(null, now)).toBeNull();
});
