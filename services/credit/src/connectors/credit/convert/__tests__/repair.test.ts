import type { RepairWire } from '../../wire-types';
import { convertRepair } from '../repair';
import { contextFor, fixtureRow } from './fixtures';
import { convertedColumns } from './table-columns';

const ctx = contextFor('credit/xyxf');
const byNumber = (wsh: string): RepairWire => fixtureRow<RepairWire>('xyxf-page.json', 'CF_WSH', wsh);

describe('convertRepair (/credit/sgs/xyxf → credit.repair)', () => {
  it('converts a repair, keyed like the penalty it repairs', () => {
    expect(convertRepair(byNumber('厦海市监罚〔2025〕0412号'), ctx)).toEqual({
      ok: true,
      key: '厦海市监罚〔2025〕0412号|11350205003034767H',
      operation: 'I',
      row: {
        decision_number: '厦海市监罚〔2025〕0412号',
        authority_code: '11350205003034767H',
        authority_name: '厦门市海沧区市场监督管理局',
        repair_date: '2026-10-20',
        repairing_authority: '厦门市发展和改革委员会',
        source: 'credit/xyxf',
        source_key: '厦海市监罚〔2025〕0412号|11350205003034767H',
        fetched_at: '2026-11-02T01:00:00.000Z',
        upstream_changed_at: '2026-11-01T08:00:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('fills exactly the columns of credit.repair, without CZLX and GKSX on the wire', () => {
    const result = convertRepair(byNumber('厦海市监罚〔2025〕0388号'), ctx);
    expect(result).toMatchObject({ ok: true, operation: 'I', row: { disclosure: null } });
    expect(result.ok && Object.keys(result.row).sort()).toEqual(convertedColumns('repair'));
  });

  it('rejects a repair without its date, naming XFRQ', () => {
    const result = convertRepair(byNumber('厦海市监罚〔2025〕0301号'), ctx);
    expect(result).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(/^XFRQ: /u), key: '厦海市监罚〔2025〕0301号|11350205003034767H' });
  });
});
