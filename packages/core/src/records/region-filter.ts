import { userInputError } from '../errors/user-input';

/**
 * The code prefix that covers a region and everything under it: 350000 → 35, 350200 → 3502,
 * 350205 → 350205. Records store the most specific code they have.
 */
export function regionPrefix(code: string, argument: string): string {
  if (!/^\d{6}$/.test(code)) throw userInputError(argument, `"${code}" is not a region code`, 'Give a 6-digit GB/T 2260 code such as "350205"');
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
