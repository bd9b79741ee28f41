const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const DATE = /^([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*([日号])/;

/** 1–99 written in Chinese (十, 十二, 二十, 三十一); null for anything else. */
function smallNumber(s: string): number | null {
  if (s.split('十').length > 2) return null;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  if (tens === undefined || ones === undefined || ones.length > 1 || tens.length > 1) return null;
  const t = s.includes('十') ? (tens === '' ? 1 : DIGITS[tens]) : 0;
  const o = ones === '' ? 0 : DIGITS[ones];
  if (t === undefined || o === undefined) return null;
  const n = t * 10 + o;
  return n > 0 ? n : null;
}

/**
 * Rewrites a date in Chinese numerals, as on the signature line of a decision document
 * (落款日期, 二〇二三年五月六日), into Arabic digits (2023年5月6日); other text passes unchanged.
 */
export function arabiciseChineseDate(s: string): string {
  const m = DATE.exec(s);
  if (!m) return s;
  const year = [...(m[1] ?? '')].map((ch) => DIGITS[ch] ?? 0).join('');
  const month = smallNumber(m[2] ?? '');
  const day = smallNumber(m[3] ?? '');
  if (month === null || day === null) return s;
  return `${year}年${month}月${day}${m[4] ?? '日'}${s.slice(m[0].length)}`;
}
