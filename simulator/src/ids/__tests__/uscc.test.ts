import { lettersOrgBody, numericOrgBody } from '../organisation-code';
import { buildPilotUscc, buildUscc, isValidUscc, orgCodeCheckChar, usccCheckChar } from '../uscc';

describe('USCC (GB 32100)', () => {
  it.each(['9144030071526726XG', '914403001922038216', '91330100716105852F'])('accepts the sample code %s', (code) => {
    expect(isValidUscc(code)).toBe(true);
    expect(usccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
    expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code.charAt(16));
  });

  it('rebuilds the sample codes from their parts', () => {
    expect(buildUscc('91', '440300', '71526726')).toBe('9144030071526726XG');
    expect(buildUscc('91', '440300', '19220382')).toBe('914403001922038216');
    expect(buildUscc('91', '330100', '71610585')).toBe('91330100716105852F');
  });

  it('rejects the pilot code and any one-character change', () => {
    expect(isValidUscc('91350100M0001TGQXM')).toBe(false);
    expect(isValidUscc('9144030071526726XH')).toBe(false);
    expect(isValidUscc('9144030071526736XG')).toBe(false);
  });

  it('generates valid codes with unique bodies and pilot codes that fail', () => {
    const codes = new Set<string>();
    for (let serial = 0; serial < 3000; serial += 1) {
      const code = buildUscc('91', '350205', serial % 2 ? lettersOrgBody(serial) : numericOrgBody(serial));
      expect(isValidUscc(code)).toBe(true);
      codes.add(code);
      expect(isValidUscc(buildPilotUscc('91', '350100', lettersOrgBody(serial, 'M0'), 'X'))).toBe(false);
    }
    expect(codes.size).toBe(3000);
  });
});
