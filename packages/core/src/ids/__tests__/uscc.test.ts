import { checkUscc, isValidUscc } from '../uscc';
import { computeUsccCheckChar } from '../uscc-check-char';

/** A code with a correct GB 32100 check character over the given 17 characters. */
function withCheck(first17: string): string {
  return first17 + (computeUsccCheckChar(first17) ?? '?');
}

describe('checkUscc', () => {
  it.each(['9144030071526726XG', '914403001922038216', '91330100716105852F'])(
    'accepts the published sample code %s with both checks passing',
    (code) => {
      const result = checkUscc(code);
      expect(result).toMatchObject({
        code,
        kind: 'uscc',
        valid: true,
        checks: { charset: true, gb32100: true, gb11714: true },
        warning: null,
      });
    },
  );

  it('describes an enterprise registered by market supervision, with its region code', () => {
    expect(checkUscc('9144030071526726XG')).toMatchObject({
      registeringAuthority: '市场监管',
      organizationKind: '企业',
      regionCode: '440300',
    });
  });

  it('keeps a pilot-era code that fails the check as a USCC, flagged invalid with a warning', () => {
    const result = checkUscc('91350100M0001TGQXM');
    expect(result.kind).toBe('uscc');
    expect(result.valid).toBe(false);
    expect(result.checks).toEqual({ charset: true, gb32100: false, gb11714: true });
    expect(result.warning).toBe('校验位不符 — check character mismatch (pilot-era code?)');
    expect(result.regionCode).toBe('350100');
    expect(result.registeringAuthority).toBe('市场监管');
  });

  it('flags a code whose organisation-code part fails GB 11714 even when the last character fits', () => {
    // 71526726X → 71526727X breaks GB 11714; the GB 32100 check is recomputed to fit.
    const result = checkUscc(withCheck('91440300715267271'.slice(0, 16) + 'X'));
    expect(result.checks).toEqual({ charset: true, gb32100: true, gb11714: false });
    expect(result.valid).toBe(false);
    expect(result.warning).toMatch(/GB 11714/);
  });

  it('reports both checks failing for a mistyped code', () => {
    const result = checkUscc('914403001922038217');
    expect(result.checks.gb32100).toBe(false);
    expect(result.valid).toBe(false);
    expect(result.warning).not.toBeNull();
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects a code containing the excluded letter %s', (letter) => {
    const result = checkUscc(`91440300715267${letter}6XG`);
    expect(result.kind).toBe('invalid');
    expect(result.checks.charset).toBe(false);
    expect(result.valid).toBe(false);
    expect(result.warning).toMatch(/非法字符/);
  });

  it.each(['9144030071526726X', '9144030071526726XGG', '91'])('rejects the wrong length %s', (code) => {
    const result = checkUscc(code);
    expect(result.kind).toBe('invalid');
    expect(result.warning).toMatch(/expected 18 characters/);
    expect(result.regionCode).toBeNull();
  });

  it('normalises lower-case input before checking', () => {
    expect(checkUscc('9144030071526726xg')).toMatchObject({ code: '9144030071526726XG', valid: true });
  });

  it('normalises full-width input and surrounding whitespace before checking', () => {
    expect(checkUscc('\u3000９１４４０３００７１５２６７２６ＸＧ ')).toMatchObject({
      code: '9144030071526726XG',
      valid: true,
    });
  });

  it('recognises a 15-digit legacy business registration number and says so', () => {
    const result = checkUscc('440301103456789');
    expect(result).toMatchObject({ kind: 'registration-number', valid: false, regionCode: '440301' });
    expect(result.warning).toMatch(/工商注册号/);
  });

  it('calls an empty value invalid with a warning', () => {
    expect(checkUscc('  ')).toMatchObject({ code: '', kind: 'invalid', valid: false, warning: '空值 — empty code' });
  });

  it('never throws, even on non-string or hostile input', () => {
    const inputs: unknown[] = [null, undefined, 42, {}, '\u0000', '😀'.repeat(18), 'ｘ'.repeat(10000)];
    for (const input of inputs) {
      expect(() => checkUscc(input as string)).not.toThrow();
      expect(checkUscc(input as string).valid).toBe(false);
    }
  });

  it('warns about an unassigned registering authority even when the checks pass', () => {
    const result = checkUscc(withCheck('0144030071526726X'));
    expect(result.valid).toBe(true);
    expect(result.registeringAuthority).toBeNull();
    expect(result.warning).toMatch(/未分配/);
  });
});

describe('isValidUscc', () => {
  it('is true only when both checks pass', () => {
    expect(isValidUscc('914403001922038216')).toBe(true);
    expect(isValidUscc('91350100M0001TGQXM')).toBe(false);
    expect(isValidUscc('440301103456789')).toBe(false);
  });
});
