import { userInputError } from '@keyfield/core';

/** Ids of a batch mutation one call may carry. */
export const MAX_IDS = 1000;

const ID = /^[1-9]\d{0,18}$/;
const MAX_BIGINT = 9223372036854775807n;

const isId = (raw: string): boolean => ID.test(raw) && BigInt(raw) <= MAX_BIGINT;

/** A row id (`bigint` identity) as the decimal string it travels as; anything else is the caller's mistake. */
export function parseId(raw: string, argument: string): string {
  const id = raw.trim();
  if (!isId(id)) throw userInputError(argument, `"${raw}" is not an id`, 'Pass the id field of an item from a list (a positive whole number)');
  return id;
}

/** The ids of a batch mutation: at least one, at most MAX_IDS, each well-formed; duplicates dropped. */
export function parseIds(raw: readonly string[], argument: string): string[] {
  if (raw.length === 0) throw userInputError(argument, 'is empty', 'Pass at least one id');
  if (raw.length > MAX_IDS) throw userInputError(argument, `${raw.length} ids are more than one call takes`, `Split them into calls of at most ${MAX_IDS}`);
  const bad = raw.filter((r) => !isId(r.trim()));
  if (bad.length > 0) {
    throw userInputError(argument, `${bad.slice(0, 10).map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is not an id' : 'are not ids'}`,
      'Pass the id fields of items from a list (positive whole numbers)');
  }
  return [...new Set(raw.map((r) => r.trim()))];
}

/** BAD_USER_INPUT naming the ids no row has. */
export function unknownIdsError(argument: string, what: string, missing: readonly string[], fix: string) {
  return userInputError(argument, `no ${what} has id ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` (and ${missing.length - 20} more)` : ''}`, fix);
}
