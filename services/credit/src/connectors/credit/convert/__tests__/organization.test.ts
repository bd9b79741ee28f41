import type { OrganizationWire } from '../../wire-types';
import { convertOrganization } from '../organization';
import { contextFor, fixtureRow, fixtureRows } from './fixtures';
import { convertedColumns } from './table-columns';

const PAGE = 'qyxx-page.json';
const ctx = contextFor('credit/qyxx');
const byName = (name: string): OrganizationWire => fixtureRow<OrganizationWire>(PAGE, 'QYMC', name);

describe('convertOrganization (/credit/qyxx → credit.organization)', () => {
  it('converts a registered company with every column right', () => {
    expect(convertOrganization(byName('厦门海润食品贸易有限公司'), ctx)).toEqual({
      ok: true,
      key: '91350205MA31XK2P5K',
      operation: 'I',
      row: {
        uscc: '91350205MA31XK2P5K',
        uscc_valid: true,
        uscc_warning: null,
        name: '厦门海润食品贸易有限公司',
        name_normalised: '厦门海润食品贸易有限公司',
        kind: '有限责任公司(自然人投资或控股)',
        legal_rep: '林国栋',
        founded_on: '2018-03-16',
        registering_office: '厦门市海沧区市场监督管理局',
        status: '存续',
        registered_address: '厦门市海沧区新阳街道翁角路289号之三',
        region_code: '350205',
        source: 'credit/qyxx',
        source_key: '91350205MA31XK2P5K',
        fetched_at: '2026-11-02T01:00:00.000Z',
        upstream_changed_at: '2026-11-01T07:00:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('fills exactly the columns of credit.organization', () => {
    const result = convertOrganization(byName('厦门海润食品贸易有限公司'), ctx);
    expect(result.ok && Object.keys(result.row).sort()).toEqual(convertedColumns('organization'));
  });

  it('keys a pilot-era code by its normalised form, kept and flagged, and normalises the name for matching', () => {
    const result = convertOrganization(byName('福州闽江建材有限公司（分公司）'), ctx);
    expect(result).toMatchObject({
      ok: true,
      key: '91350100M0001TGQXM',
      operation: 'U',
      row: { uscc: '91350100M0001TGQXM', uscc_valid: false, name_normalised: '福州闽江建材有限公司(分公司)' },
    });
    expect(result.ok && result.row.uscc_warning).toEqual(expect.stringContaining('check character'));
  });

  it('rejects a region code that is not 6 digits, naming XZQHDM', () => {
    const result = convertOrganization(byName('海沧区阿强五金店'), ctx);
    expect(result).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(/^XZQHDM: .*3502/u), key: '92350205MA2Y7H1Q5P' });
  });

  it('stores no region when XZQHDM is empty', () => {
    const result = convertOrganization({ ...byName('厦门海润食品贸易有限公司'), XZQHDM: '' }, ctx);
    expect(result).toMatchObject({ ok: true, row: { region_code: null } });
  });

  it.each<[string, Partial<OrganizationWire>, RegExp]>([
    ['a missing code', { TYSHXYDM: '' }, /^TYSHXYDM: /u],
    ['a missing name', { QYMC: ' ' }, /^QYMC: /u],
    ['an impossible founding date', { CLRQ: '2018-02-30' }, /^CLRQ: /u],
  ])('rejects %s', (_, change, reason) => {
    const result = convertOrganization({ ...byName('厦门海润食品贸易有限公司'), ...change }, ctx);
    expect(result).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(reason) });
  });

  it('converts every recorded row but the one with a bad region', () => {
    const results = fixtureRows<OrganizationWire>(PAGE).map((r) => convertOrganization(r, ctx));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
  });
});
