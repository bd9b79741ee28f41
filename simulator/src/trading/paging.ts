/** A positive page or size parameter; the fallback when absent, undefined when not a positive integer. */
export function positiveParam(text: string | null, fallback: number): number | undefined {
  if (text === null || text === '') return fallback;
  if (!/^\d{1,9}$/u.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}

/**
 * The same record on two consecutive pages (a fault): the next page's first record is added to
 * this page, or on the last page the previous page's last one. A client must de-duplicate.
 */
export function withNeighbour<T>(rows: T[], pageAt: (page: number) => T[], page: number): T[] {
  const [next] = pageAt(page + 1);
  if (next !== undefined) return [...rows, next];
  const previous = page > 1 ? pageAt(page - 1) : [];
  const last = previous[previous.length - 1];
  return last === undefined ? rows : [last, ...rows];
}
