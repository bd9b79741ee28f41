import type { PenaltyWire } from '../../wire-types';
import { convertPenalty } from '../penalty';
import { DELETED_UPSTREAM } from '../provenance';
import { contextFor, fixtureRow, fixtureRows } from './fixtures';

const PAGE = 'xzcf-page.json';
const ctx = contextFor('credit/xzcf');
const byNumber = (wsh: string): PenaltyWire => fixtureRow<PenaltyWire>(PAGE, 'CF_WSH', wsh);
const good = (): PenaltyWire => byNumber('厦海市监罚〔2026〕1021号');

describe('convertPenalty: malformed rows are rejected with a reason naming the field', () => {
  it('rejects the recorded impossible decision date 2026/13/45, naming CF_JDRQ, with the key', () => {
    const result = convertPenalty(byNumber('厦海市监罚〔2026〕1025号'), ctx);
    expect(result).toEqual({
      ok: false,
      stage: 'convert',
      reason: expect.stringMatching(/^CF_JDRQ: .*2026-13-45/u),
      key: '厦海市监罚〔2026〕1025号|11350205003034767H',
    });
  });

  it('rejects the recorded fine "abc", naming CF_NR_FK', () => {
    const result = convertPenalty(byNumber('厦海市监罚〔2026〕1026号'), ctx);
    expect(result).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(/^CF_NR_FK: .*abc/u) });
  });

  it('rejects the recorded row without CF_WSH, naming it, with no key', () => {
    const missing = fixtureRows<PenaltyWire>(PAGE).find((r) => r.CF_WSH === '');
    expect(missing).toBeDefined();
    const result = convertPenalty(missing ?? {}, ctx);
    expect(result).toEqual({ ok: false, stage: 'convert', reason: expect.stringMatching(/^CF_WSH: /u), key: undefined });
  });

  it.each<[string, Partial<PenaltyWire>, RegExp]>([
    ['a missing authority code', { CF_CFJGDM: '  ' }, /^CF_CFJGDM: /u],
    ['a missing authority name', { CF_CFJG: null }, /^CF_CFJG: /u],
    ['a missing subject name', { CF_XDR_MC: undefined }, /^CF_XDR_MC: /u],
    ['an unknown subject category', { CF_XDR_LB: '外国企业' }, /^CF_XDR_LB: .*外国企业/u],
    ['a missing decision date', { CF_JDRQ: '' }, /^CF_JDRQ: /u],
    ['an unparseable validity', { CF_YXQ: '2027/02/30' }, /^CF_YXQ: /u],
    ['an unparseable publicity end', { CF_GSJZQ: '下月底' }, /^CF_GSJZQ: /u],
    ['an unparseable confiscated amount', { CF_NR_WFFF: '1.2.3' }, /^CF_NR_WFFF: /u],
    ['a negative fine', { CF_NR_FK: '-0.5' }, /^CF_NR_FK: .*negative/u],
    ['an unknown operation', { CZLX: 'X' }, /^CZLX: .*"X"/u],
    ['a missing change time', { SJC: '' }, /^SJC: /u],
    ['an impossible change time', { SJC: '2026-11-01 25:00:00' }, /^SJC: /u],
  ])('rejects %s', (_, change, reason) => {
    const result = convertPenalty({ ...good(), ...change }, ctx);
    expect(result).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(reason) });
  });

  it('never throws on an empty record', () => {
    expect(convertPenalty({}, ctx)).toMatchObject({ ok: false, stage: 'convert' });
  });
});

describe('convertPenalty: operations', () => {
  it('withdraws a D row at its SJC instant, with the reason', () => {
    const result = convertPenalty(byNumber('厦海市监罚〔2026〕0877号'), ctx);
    expect(result).toMatchObject({
      ok: true,
      operation: 'D',
      row: {
        operation: 'D',
        upstream_changed_at: '2026-11-02T14:05:00+08:00',
        withdrawn_at: '2026-11-02T14:05:00+08:00',
        withdrawal_reason: DELETED_UPSTREAM,
      },
    });
    expect(DELETED_UPSTREAM).toBe('上游删除 — deleted upstream (CZLX=D)');
  });

  it('clears the withdrawal on an update, so a re-published record comes back into view', () => {
    const result = convertPenalty({ ...byNumber('厦海市监罚〔2026〕0877号'), CZLX: 'U' }, ctx);
    expect(result).toMatchObject({ ok: true, operation: 'U', row: { withdrawn_at: null, withdrawal_reason: null } });
  });

  it('reads a lower-case operation code', () => {
    expect(convertPenalty({ ...good(), CZLX: 'd' }, ctx)).toMatchObject({ ok: true, operation: 'D' });
  });
});

describe('convertPenalty: long-term markers (长期)', () => {
  it('keeps a long-term validity as the sentinel day 2099-12-31', () => {
    expect(convertPenalty({ ...good(), CF_YXQ: '长期' }, ctx)).toMatchObject({ ok: true, row: { valid_until: '2099-12-31' } });
    expect(convertPenalty({ ...good(), CF_YXQ: '2099/12/31' }, ctx)).toMatchObject({ ok: true, row: { valid_until: '2099-12-31' } });
  });

  it('rejects 长期 as a decision date, naming CF_JDRQ', () => {
    expect(convertPenalty({ ...good(), CF_JDRQ: '长期' }, ctx)).toMatchObject({ ok: false, reason: expect.stringMatching(/^CF_JDRQ: /u) });
  });
});
