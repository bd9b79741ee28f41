import { checkResidentId } from '../resident-id';

const AS_OF = new Date('2026-03-13T00:00:00+08:00');

describe('checkResidentId', () => {
  it('accepts the GB 11643 sample number with an X check character', () => {
    expect(checkResidentId('11010519491231002X', AS_OF)).toEqual({
      id: '11010519491231002X',
      valid: true,
      checks: { format: true, checkChar: true, birthDate: true },
      birthDate: '1949-12-31',
      reason: null,
    });
  });

  it('normalises a lower-case x, full-width digits and spaces', () => {
    const result = checkResidentId(' １１０１０５ 19491231 002x ', AS_OF);
    expect(result.id).toBe('11010519491231002X');
    expect(result.valid).toBe(true);
  });

  it('exposes the birth date so a caller can recognise a minor', () => {
    expect(checkResidentId('110101201001011237', AS_OF).birthDate).toBe('2010-01-01');
  });

  it('rejects a wrong check character', () => {
    const result = checkResidentId('110105194912310021', AS_OF);
    expect(result.valid).toBe(false);
    expect(result.checks.checkChar).toBe(false);
    expect(result.reason).toMatch(/校验位/);
  });

  it('rejects a birth date in the future even with a correct check character', () => {
    const result = checkResidentId('110101203001011236', AS_OF);
    expect(result.checks).toEqual({ format: true, checkChar: true, birthDate: false });
    expect(result.valid).toBe(false);
    expect(result.reason).toMatch(/出生日期/);
  });

  it('rejects an impossible birth date', () => {
    // 1990-02-30 with whatever check character: the date check fails regardless.
    expect(checkResidentId('110101199002301234', AS_OF).checks.birthDate).toBe(false);
  });

  it('recognises a first-generation 15-digit number as not valid, keeping its birth date', () => {
    const result = checkResidentId('110101900307123', AS_OF);
    expect(result.valid).toBe(false);
    expect(result.birthDate).toBe('1990-03-07');
    expect(result.reason).toMatch(/15 位/);
  });

  it('rejects malformed input with a reason and never throws', () => {
    for (const input of ['', '12345', 'ABCDEFGHIJKLMNOPQR', '11010519491231002Y', null, undefined, 7]) {
      const result = checkResidentId(input as string, AS_OF);
      expect(result.valid).toBe(false);
      expect(result.reason).not.toBeNull();
    }
  });

  it('falls back to the current day when given an invalid reference date', () => {
    expect(checkResidentId('11010519491231002X', new Date(Number.NaN)).valid).toBe(true);
  });
});
