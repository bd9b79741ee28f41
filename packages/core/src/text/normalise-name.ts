/** Bracket pairs folded to ASCII parentheses; NFKC already folds （） and ［］. */
const BRACKETS: Readonly<Record<string, string>> = {
  '〔': '(',
  '〕': ')',
  '【': '(',
  '】': ')',
  '〖': '(',
  '〗': ')',
  '[': '(',
  ']': ')',
};

/** Middle dots of transliterated names (间隔号) in their look-alike forms, folded to `·`. */
const MIDDLE_DOTS = /[・•‧∙⋅]/gu;
/** Unicode whitespace plus zero-width characters that survive `\s` (BOM is in `\s`). */
const INVISIBLE = /[\s\u200b\u200c\u200d\u2060]+/gu;

/**
 * Matching key for an organisation or person name (名称比对键). For joins and de-duplication
 * only: never display or store it in place of the name as published (原文照登).
 *
 * NFKC (full-width letters, digits and （） become ASCII), every bracket style becomes `()`,
 * all whitespace is removed, middle dots are unified and Latin letters are upper-cased,
 * so `厦门 ＡＢＣ 有限公司（分公司）` and `厦门ABC有限公司(分公司)` share one key.
 */
export function normaliseName(name: string): string {
  if (typeof name !== 'string') return '';
  return name
    .normalize('NFKC')
    .replace(/[〔〕【】〖〗[\]]/gu, (b) => BRACKETS[b] ?? b)
    .replace(MIDDLE_DOTS, '·')
    .replace(INVISIBLE, '')
    .toUpperCase();
}
