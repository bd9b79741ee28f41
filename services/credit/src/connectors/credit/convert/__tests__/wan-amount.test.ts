import { FieldProblem } from '../field-problem';
import { FieldReader } from '../field-reader';
import { readWanAmount } from '../wan-amount';

const read = (value: string | number | null) => readWanAmount(new FieldReader({ CF_NR_FK: value }), 'CF_NR_FK');

describe('readWanAmount', () => {
  it('gives the amount as published, its unit 万元 and the exact amount in 元', () => {
    expect(read('0.15')).toEqual({ amount: '0.15', unit: '万元', yuan: '1500' });
    expect(read(' 1,234.50 ')).toEqual({ amount: '1234.50', unit: '万元', yuan: '12345000' });
    expect(read('0.00005')).toEqual({ amount: '0.00005', unit: '万元', yuan: '0.5' });
    expect(read('0')).toEqual({ amount: '0', unit: '万元', yuan: '0' });
    expect(read(2.5)).toEqual({ amount: '2.5', unit: '万元', yuan: '25000' });
  });

  it('gives three nulls for an empty field', () => {
    expect(read('')).toEqual({ amount: null, unit: null, yuan: null });
    expect(read(null)).toEqual({ amount: null, unit: null, yuan: null });
  });

  it('rejects a negative or unreadable amount, naming the field', () => {
    expect(() => read('-0.5')).toThrow(new FieldProblem('CF_NR_FK', '金额为负 — negative amount "-0.5"'));
    expect(() => read('abc')).toThrow(/^CF_NR_FK: /u);
    expect(() => read('1e5')).toThrow(FieldProblem);
  });
});
