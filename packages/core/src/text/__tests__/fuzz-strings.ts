/** Pieces that stress the parsers: digits, separators, CJK units, lone surrogates, control chars. */
const PIECES = [
  '0', '1', '9', '12', '2099', '31', '.', ',', '-', '/', ':', ' ', '\u3000', '年', '月', '日', '上午', '下午',
  '元', '万', '亿', '罚款', '处', '人民币', '贰', '仟', '十', '零', 'X', 'x', 'I', 'O', '（', '）', '(', ')',
  '１', 'Ｘ', '\ud800', '\udfff', '😀', '\u0000', '\u200b', 'e', 'NaN', 'Z', '+08:00', 'T', '欧阳', '张',
];

/** Deterministic pseudo-random strings (LCG) so a failure reproduces from the test name alone. */
export function fuzzStrings(count: number, seed = 20260313): string[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const length = Math.floor(next() * 12);
    let s = '';
    for (let j = 0; j < length; j += 1) s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    out.push(s);
  }
  return out;
}
