import { computeGb11714CheckChar } from '../gb11714';
import { checkUscc } from '../uscc';
import { USCC_ALPHABET, usccCharValue } from '../uscc-alphabet';
import { computeUsccCheckChar } from '../uscc-check-char';
import { fuzzStrings } from '../../text/__tests__/fuzz-strings';

const toFullWidth = (s: string): string => s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('usccCharValue', () => {
  it('is the index in the alphabet of every BMP character, and -1 for anything longer', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const ch = String.fromCharCode(code);
      if (usccCharValue(ch) !== USCC_ALPHABET.indexOf(ch)) throw new Error(`U+${code.toString(16)}`);
    }
    expect(['', '91', '😀'].map(usccCharValue)).toEqual([-1, -1, -1]);
  });
});

describe('checkUscc normalisation', () => {
  it.each(['9144030071526726XG', '91350100M0001TGQXM', '440301103173869', '11350200003607373P'])(
    'gives %s the same result however it is written (full width, lower case, padded, zero-width)',
    (code) => {
      const clean = checkUscc(code);
      for (const messy of [toFullWidth(code), code.toLowerCase(), ` ${code}\u3000`, `\u200b${code}\u2060`]) {
        expect(checkUscc(messy)).toEqual(clean);
      }
    },
  );

  it('gives every arbitrary string the result of its normalised form', () => {
    for (const s of fuzzStrings(3000, 17)) {
      const result = checkUscc(s);
      expect(checkUscc(result.code)).toEqual(result);
    }
  });

  it('computes the same check character from folded and unfolded input', () => {
    expect(computeUsccCheckChar('9144030071526726X')).toBe('G');
    expect(computeUsccCheckChar(toFullWidth('9144030071526726x'))).toBe('G');
  });
});

describe('computeGb11714CheckChar', () => {
  const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
  const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  /** The GB 11714 formula written out: digits keep their value, A=10 … Z=35. */
  const reference = (body: string): string | null => {
    const values = [...body].map((c) => CHARS.indexOf(c));
    if (body.length !== 8 || values.some((v) => v < 0)) return null;
    const r = 11 - (values.reduce((sum, v, i) => sum + v * (WEIGHTS[i] ?? 0), 0) % 11);
    return r === 10 ? 'X' : r === 11 ? '0' : String(r);
  };

  it('follows the formula for every character of A–Z and 0–9, and refuses anything else', () => {
    const bodies = [...CHARS].map((c) => `7152672${c}`);
    bodies.push('7152672a', '7152672:', '7152672@', '7152672[', '715267２6', '7152672');
    for (const body of bodies) expect([body, computeGb11714CheckChar(body)]).toEqual([body, reference(body)]);
  });
});
