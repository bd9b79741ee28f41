import type { Conversion, Row } from '@keyfield/sync';
import type { PenaltyWire } from '../../wire-types';
import { convertPenalty } from '../penalty';
import { contextFor, fixtureRow } from './fixtures';

const ctx = contextFor('credit/xzcf');
const byNumber = (wsh: string): PenaltyWire => fixtureRow<PenaltyWire>('xzcf-page.json', 'CF_WSH', wsh);
const PERSON = '厦海市监罚〔2026〕1022号';
const PERSON_ID = '350205198503142318';

function rowOf(result: Conversion): Row {
  if (!result.ok) throw new Error(`rejected: ${result.reason}`);
  return result.row;
}

describe('convertPenalty: the subject block (行政相对人)', () => {
  it('keeps a natural person’s id in person_id_number and nowhere else in the row', () => {
    const row = rowOf(convertPenalty(byNumber(PERSON), ctx));
    expect(row).toMatchObject({
      subject_kind: 'NATURAL_PERSON',
      subject_name: '陈志明',
      person_id_type: '身份证',
      person_id_number: PERSON_ID,
      uscc: null,
    });
    const holding = Object.entries(row).filter(([, v]) => JSON.stringify(v).includes(PERSON_ID));
    expect(holding.map(([k]) => k)).toEqual(['person_id_number']);
  });

  it('does not store a natural person’s id sent in the USCC field as a USCC', () => {
    const row = rowOf(convertPenalty({ ...byNumber(PERSON), CF_XDR_SHXYM: PERSON_ID }, ctx));
    expect(row).toMatchObject({ uscc: null, uscc_valid: false });
    expect(String(row.uscc_warning)).toContain('natural person has no USCC');
    const holding = Object.entries(row).filter(([, v]) => JSON.stringify(v).includes(PERSON_ID));
    expect(holding.map(([k]) => k)).toEqual(['person_id_number']);
  });

  it('keeps a pilot-era USCC that fails its check, flagged with a warning', () => {
    const row = rowOf(convertPenalty(byNumber('厦海市监罚〔2026〕1023号'), ctx));
    expect(row).toMatchObject({ uscc: '91350100M0001TGQXM', uscc_valid: false });
    expect(row.uscc_warning).toEqual(expect.stringContaining('check character'));
  });

  it('keeps a mistyped USCC, flagged, rather than dropping the penalty', () => {
    const result = convertPenalty(byNumber('厦海市监罚〔2026〕0877号'), ctx);
    expect(result.ok).toBe(true);
    expect(rowOf(result)).toMatchObject({ uscc: '91350205MA31XK2P5J', uscc_valid: false });
    expect(rowOf(result).uscc_warning).not.toBeNull();
  });

  it('moves a 15-digit registration number from the USCC field to an empty reg_number', () => {
    const row = rowOf(convertPenalty(byNumber('厦海市监罚〔2026〕1024号'), ctx));
    expect(row).toMatchObject({ subject_kind: 'INDIVIDUAL_BUSINESS', uscc: null, uscc_valid: false, reg_number: '350205600123456' });
    expect(row.uscc_warning).toEqual(expect.stringContaining('registration number'));
  });

  it('leaves a published reg_number alone when the USCC field holds another registration number', () => {
    const wire = { ...byNumber('厦海市监罚〔2026〕1024号'), CF_XDR_GSZC: '350205600999999' };
    expect(rowOf(convertPenalty(wire, ctx))).toMatchObject({ uscc: null, reg_number: '350205600999999' });
  });

  it('normalises a USCC sent in lower case or full width before storing it', () => {
    const wire = { ...byNumber('厦海市监罚〔2026〕1021号'), CF_XDR_SHXYM: ' ９１３５０２０５ma31xk2p5k ' };
    expect(rowOf(convertPenalty(wire, ctx))).toMatchObject({ uscc: '91350205MA31XK2P5K', uscc_valid: true });
  });

  it('takes the region from characters 3–8 of the authority’s code, and none from a code that is no USCC', () => {
    expect(rowOf(convertPenalty(byNumber(PERSON), ctx)).region_code).toBe('350205');
    const odd = { ...byNumber(PERSON), CF_CFJGDM: 'XM-HC-SJJ-001' };
    expect(rowOf(convertPenalty(odd, ctx)).region_code).toBeNull();
  });
});

test('a resident id sent in an individual business’s code field is neither stored as a code nor kept', () => {
  const id = '110101199003070038';
  const row = rowOf(convertPenalty({ ...byNumber('厦海市监罚〔2026〕1021号'), CF_XDR_LB: '个体工商户', CF_XDR_SHXYM: id }, ctx));
  expect(row).toMatchObject({ subject_kind: 'INDIVIDUAL_BUSINESS', uscc: null, uscc_valid: false });
  expect(JSON.stringify(row)).not.toContain(id);
});
