const FULL_WIDTH_START = 0xff01; // ！
const FULL_WIDTH_END = 0xff5e; // ～
const FULL_TO_HALF_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Whether any character needs folding: most upstream values have none, and are returned as they are. */
function hasFullWidth(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const unit = s.charCodeAt(i);
    if ((unit >= FULL_WIDTH_START && unit <= FULL_WIDTH_END) || unit === IDEOGRAPHIC_SPACE) return true;
  }
  return false;
}

/**
 * Full-width to half-width (全角转半角): maps U+FF01–U+FF5E to ASCII and the ideographic
 * space (全角空格) to an ASCII space, leaving every other character alone.
 *
 * Why not NFKC: identifiers and amounts only need the ASCII range folded, and NFKC also
 * rewrites characters (㈠, ℃, ligatures) that a code or number parser should reject as-is.
 */
export function toHalfWidth(s: string): string {
  if (typeof s !== 'string') return '';
  if (!hasFullWidth(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= FULL_WIDTH_START && cp <= FULL_WIDTH_END) {
      out += String.fromCodePoint(cp - FULL_TO_HALF_OFFSET);
    } else if (cp === IDEOGRAPHIC_SPACE) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}
