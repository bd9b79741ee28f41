import { FaultController } from '../fault-controller';
import { FaultRuleError } from '../fault-rule';

describe('FaultController', () => {
  it('hits the next N matching requests on demand, then expires', () => {
    const faults = new FaultController(1);
    faults.inject({ kind: 'http-error', path: '/credit/sgs', count: 2 });
    expect(faults.take('/credit/qyxx').httpStatus).toBeUndefined();
    expect(faults.take('/credit/sgs/xzcf').httpStatus).toBe(503);
    expect(faults.take('/credit/sgs/xyxf').httpStatus).toBe(503);
    expect(faults.take('/credit/sgs/xzcf').httpStatus).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('fires at random at the given rate, the same way for the same seed', () => {
    const draws = (seed: number) => {
      const faults = new FaultController(seed);
      faults.inject({ kind: 'error-body', rate: 0.3 });
      return Array.from({ length: 400 }, () => faults.take('/credit/jyyc').errorBody !== undefined);
    };
    const hits = draws(5).filter(Boolean).length;
    expect(hits).toBeGreaterThan(80);
    expect(hits).toBeLessThan(160);
    expect(draws(5)).toEqual(draws(5));
    expect(draws(6)).not.toEqual(draws(5));
  });

  it('merges several faults on one request and never touches /_sim', () => {
    const faults = new FaultController(1);
    faults.injectJson({ rules: [{ kind: 'delay', delayMs: 10 }, { kind: 'truncate', keep: 0.25 }, { kind: 'insert-rows', rows: 2 }] });
    expect(faults.take('/_sim/health')).toEqual(expect.objectContaining({ delayMs: 0, insertRows: 0 }));
    expect(faults.take('/credit/sgs/xzcf')).toEqual(expect.objectContaining({ delayMs: 10, truncate: { keep: 0.25, mode: 'short' }, insertRows: 2 }));
  });

  it.each([{ kind: 'nope' }, { kind: 'delay', rate: 2 }, { kind: 'delay', count: 0 }, { kind: 'truncate', mode: 'later' }, 'delay'])('rejects %j', (rule) => {
    expect(() => new FaultController(1).injectJson(rule)).toThrow(FaultRuleError);
  });
});
