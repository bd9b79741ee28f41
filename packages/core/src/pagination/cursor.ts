import { userInputError } from '../errors/user-input';

/** A keyset position: the sort-key values of the last row seen, last one the unique id. */
export type CursorValues = (string | number)[];

/** Opaque to clients: base64url of the JSON sort-key values. Never an offset. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes `after`; a cursor of the wrong shape is the caller's error, not ours. */
export function decodeCursor(cursor: string, expectedLength: number, argument = 'after'): CursorValues {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  const ok = Array.isArray(values) && values.length === expectedLength &&
    values.every((v) => typeof v === 'string' || typeof v === 'number');
  if (!ok) {
    throw userInputError(argument, 'is not a cursor of this list and order',
      'Pass pageInfo.endCursor (or an edge cursor) from a previous page of the same query and orderBy');
  }
  return values as CursorValues;
}
