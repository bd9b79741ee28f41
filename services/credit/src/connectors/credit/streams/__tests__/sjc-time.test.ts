import { isCursorSjc, sjcMinus } from '../sjc-time';

const now = Date.UTC(2026, 10, 22, 4, 0, 0); // 2026-11-22 12:00 in Shanghai

test('only a real calendar time, not ahead of now beyond clock skew, may move a cursor', () => {
  expect(isCursorSjc('2026-11-22 11:59:59', now)).toBe(true);
  expect(isCursorSjc('2026-11-22 12:04:00', now)).toBe(true);
  expect(isCursorSjc('2026-11-22 13:00:00', now)).toBe(false);
  expect(isCursorSjc('2026-19-01 00:00:00', now)).toBe(false);
  expect(isCursorSjc('2026-02-30 08:00:00', now)).toBe(false);
  expect(isCursorSjc('2026-11-22 24:00:00', now)).toBe(false);
  expect(isCursorSjc('2099-12-31 00:00:00', now)).toBe(false);
  expect(isCursorSjc('2026/11/22 08:00:00', now)).toBe(false);
});

test('the look-back start is computed on the wall clock, across days and years', () => {
  expect(sjcMinus('2026-01-01 00:05:00', 600)).toBe('2025-12-31 23:55:00');
  expect(sjcMinus('not a time', 600)).toBe('not a time');
});
