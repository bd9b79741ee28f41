import { toConnection } from '../connection';
import type { KeysetPage } from '../keyset';

const page = (rows: number[], more: Partial<KeysetPage<number>> = {}): KeysetPage<number> => ({
  rows, cursors: rows.map(String), hasNextPage: false, endCursor: rows.length ? String(rows[rows.length - 1]) : null, ...more,
});

test('totalCount of a page that holds every matching row is its length: no count is run', async () => {
  const count = jest.fn(async () => 99);
  const connection = toConnection(page([1, 2, 3], { whole: true }), (n) => n, count);
  expect(await connection.totalCount).toBe(3);
  expect(count).not.toHaveBeenCalled();
});

test('totalCount of a page with a next page, or after a cursor, is counted once, only when read', async () => {
  for (const more of [{ hasNextPage: true, whole: false }, { whole: false }]) {
    const count = jest.fn(async () => 99);
    const connection = toConnection(page([1, 2], more), (n) => n, count);
    expect(count).not.toHaveBeenCalled();
    expect(await connection.totalCount).toBe(99);
    expect(await connection.totalCount).toBe(99);
    expect(count).toHaveBeenCalledTimes(1);
  }
});
