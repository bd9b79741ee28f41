import { toHalfWidth } from '../text/to-half-width';

const ID_LENGTH = 18;
const ID_HEAD = 6;
const ID_TAIL = 4;

function mask(chars: readonly string[], head: number, tail: number): string {
  const hidden = chars.length - head - tail;
  return chars.slice(0, head).join('') + '*'.repeat(hidden) + chars.slice(chars.length - tail).join('');
}

/**
 * Masks a personal document number for display (证件号码脱敏, policy.md): an 18-character resident
 * id keeps its first 6 and last 4 characters (`110101********1234`). Any other value (passport,
 * permit, 15-digit first-generation id, garbage) keeps at most a quarter of its characters,
 * split between head and tail, and a value under 4 characters is masked entirely.
 * The result has the same length as the whitespace-free input. Total: never throws.
 */
export function maskIdNumber(raw: string): string {
  if (typeof raw !== 'string') return '';
  const chars = Array.from(toHalfWidth(raw).replace(/\s+/gu, ''));
  if (chars.length === ID_LENGTH) return mask(chars, ID_HEAD, ID_TAIL);
  const keep = Math.floor(chars.length / 4);
  const head = Math.ceil(keep / 2);
  return mask(chars, head, keep - head);
}
