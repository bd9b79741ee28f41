import type { EncodingBasis } from '../archive/raw-page';

export interface EncodingChoice {
  encoding: string;
  basis: EncodingBasis;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

const BOMS: [number[], string][] = [
  [[0x84, 0x31, 0x95, 0x33], 'gb18030'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// GBK and GB2312 are subsets of GB18030: reading a declared GBK page as GB18030 loses nothing,
// reading GB18030 as GBK loses every character outside the BMP.
const SUPERSET: Record<string, string> = { gbk: 'gb18030', gb2312: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', utf8: 'utf-8' };

function declaredCharset(contentType: string | null): string | null {
  const match = /charset\s*=\s*"?([\w-]+)"?/i.exec(contentType ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Decides a page's text encoding, strongest evidence first: a byte-order mark, then the charset the
 * response declares, then the feed's contract (feeds.md), then UTF-8. The basis is recorded with the
 * raw bytes, so a wrong decision can be traced and the page re-decoded.
 */
export function chooseEncoding(bytes: Buffer, contentType: string | null, contract: string | null): EncodingChoice {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { encoding, basis: 'bom', bomLength: bom.length };
  }
  const declared = declaredCharset(contentType);
  if (declared) return { encoding: SUPERSET[declared] ?? declared, basis: 'declared', bomLength: 0 };
  if (contract) return { encoding: SUPERSET[contract] ?? contract, basis: 'contract', bomLength: 0 };
  return { encoding: 'utf-8', basis: 'default', bomLength: 0 };
}
