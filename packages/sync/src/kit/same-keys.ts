/** Whether two key lists are equal, in order: rows of one shape share their keys, in one order. */
export const sameKeys = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);
