import { computeGb11714CheckChar, isValidOrganizationCode } from '../gb11714';
import { computeUsccCheckChar } from '../uscc-check-char';

describe('computeUsccCheckChar', () => {
  it.each([
    ['9144030071526726X', 'G'],
    ['91440300192203821', '6'],
    ['91330100716105852', 'F'],
  ])('computes the GB 32100 check character of %s as %s', (first17, check) => {
    expect(computeUsccCheckChar(first17)).toBe(check);
  });

  it('shows the pilot code 91350100M0001TGQXM should have ended in 1', () => {
    expect(computeUsccCheckChar('91350100M0001TGQX')).toBe('1');
  });

  it('folds lower-case and full-width input', () => {
    expect(computeUsccCheckChar('９144030071526726x')).toBe('G');
  });

  it('returns null rather than a check for malformed input', () => {
    expect(computeUsccCheckChar('914403007152672')).toBeNull();
    expect(computeUsccCheckChar('9144030071526726O')).toBeNull();
    expect(computeUsccCheckChar(undefined as unknown as string)).toBeNull();
  });
});

describe('GB 11714 organisation code check', () => {
  it('computes X for a remainder of 10 and 0 for a remainder of 11', () => {
    expect(computeGb11714CheckChar('71526726')).toBe('X');
    expect(computeGb11714CheckChar('10000004')).toBe('0');
    expect(computeGb11714CheckChar('19220382')).toBe('1');
  });

  it('accepts letters valued A=10 … Z=35 in the body', () => {
    expect(isValidOrganizationCode('M0001TGQX')).toBe(true);
  });

  it('rejects a wrong check character or a malformed code', () => {
    expect(isValidOrganizationCode('715267261')).toBe(false);
    expect(isValidOrganizationCode('7152672')).toBe(false);
    expect(computeGb11714CheckChar('7152672-')).toBeNull();
  });
});
