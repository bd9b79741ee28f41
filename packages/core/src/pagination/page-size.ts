import { userInputError } from '../errors/user-input';

/** api.md: lists return 20 items unless asked, 100 at most. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates `first`; out of range is a BAD_USER_INPUT that says the range. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userInputError(argument, `${first} is out of range`, `Ask for 0 to ${MAX_PAGE_SIZE} items and page on with after`);
  }
  return first;
}
