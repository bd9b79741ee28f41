import { buildRegistrationNumber, isValidRegistrationNumber } from '../registration-number';
import { buildResidentId, isValidResidentId, maskResidentId } from '../resident-id';

describe('resident id numbers (GB 11643)', () => {
  it('computes the check character of the standard sample number', () => {
    expect(buildResidentId('110105', '19491231', 2)).toBe('11010519491231002X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
  });

  it('masks like the court lists (first 4 and last 4 kept)', () => {
    expect(maskResidentId('350205198001011234')).toBe('3502**********1234');
  });
});

describe('legacy registration numbers', () => {
  it('builds 15 digits with a MOD 11,10 check that rejects a changed digit', () => {
    const code = buildRegistrationNumber('350205', 1234);
    expect(code).toMatch(/^35020500001234\d$/);
    expect(isValidRegistrationNumber(code)).toBe(true);
    const broken = code.slice(0, 10) + String((Number(code.charAt(10)) + 1) % 10) + code.slice(11);
    expect(isValidRegistrationNumber(broken)).toBe(false);
  });
});
