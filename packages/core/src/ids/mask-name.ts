import { COMPOUND_SURNAMES } from './compound-surnames';

/**
 * Masks a natural person's name for display (姓名脱敏, policy.md): the surname (姓) stays, every
 * other character becomes `*` (张三 → 张*, 张三丰 → 张**, 欧阳娜娜 → 欧阳**). A compound surname
 * (复姓) is kept whole only when a given name follows it, so a two-character 欧阳 reveals no more
 * than 欧*. A one-character name becomes `*`. Trims; empty or non-string input gives ''.
 */
export function maskPersonName(name: string): string {
  if (typeof name !== 'string') return '';
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  const compound = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''));
  const keep = compound ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}
