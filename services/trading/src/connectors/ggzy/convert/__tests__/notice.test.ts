import { rowOf } from '../../../__tests__/row-of';
import { convertConstructionNotice } from '../notice';
import { contextFor, fixtureRecord } from './fixtures';

const PAGE = 'gcjs-page.xml';
const ctx = contextFor('trading/ggzy-gcjs-notice');
const notice = (i: number) => fixtureRecord(PAGE, 'GCJS_NOTICE', i);

describe('convertConstructionNotice (GCJS_NOTICE → trading.construction_notice)', () => {
  it('converts a tender notice: codes as strings, lots split, every date form to +08:00, doc price in 元', () => {
    expect(convertConstructionNotice(notice(0), ctx)).toEqual({
      ok: true,
      key: 'E3502050101202600012|1|20261102090000',
      operation: 'I',
      row: {
        tender_project_code: 'E3502050101202600012',
        notice_nature: '1',
        notice_send_time: '20261102090000',
        notice_sent_at: '2026-11-02T09:00:00+08:00',
        project_code: '2610-350205-04-01-308811',
        bid_section_codes: ['E3502050101202600012001', 'E3502050101202600012002'],
        notice_name: '海沧区新阳街道农贸市场改造工程施工招标公告',
        notice_content: '<div class="ewb-article"><p>招标条件：本招标项目已由厦门市海沧区发展和改革局批准建设&nbsp;…</p><table><tr><td>标段</td><td>控制价</td></tr></table></div>',
        notice_media: '厦门市公共资源交易网',
        bulletin_type: '1',
        doc_get_start_at: '2026-11-03T09:00:00+08:00',
        doc_get_end_at: '2026-11-09T17:00:00+08:00',
        bid_doc_refer_end_at: '2026-11-23T09:30:00+08:00',
        bid_open_at: '2026-11-23T09:30:00+08:00',
        doc_price_amount: '0', doc_price_unit: '元', doc_price_yuan: '0',
        tenderer_name: '厦门市海沧区新阳街道办事处', tenderer_code_type: '97', tenderer_code: '11350205003034767H',
        tenderer_uscc_valid: true, tenderer_code_warning: null,
        agency_name: '厦门宏业工程咨询有限公司', agency_code_type: '97', agency_code: '91350200MA2YQ8LC7T',
        agency_uscc_valid: true, agency_code_warning: null,
        platform_code: 'P350200', unified_deal_code: 'A35020520260010001', region_code: '350205', trade_place_code: '350200',
        url: 'https://ggzy.xm.gov.cn/gcjs/zbgg/20261102/0001.html',
        source: 'trading/ggzy-gcjs-notice',
        source_key: 'E3502050101202600012|1|20261102090000',
        fetched_at: '2026-12-01T03:00:00.000Z',
        upstream_changed_at: '2026-11-02T09:30:00+08:00',
        operation: 'I',
        disclosure: '主动公开',
        withdrawn_at: null,
        withdrawal_reason: null,
      },
    });
  });

  it('keeps a change notice (NOTICE_NATURE 2) as a row of its own, linked by the tender project code', () => {
    const original = convertConstructionNotice(notice(0), ctx);
    const change = convertConstructionNotice(notice(1), ctx);
    expect(rowOf(change)).toMatchObject({ tender_project_code: 'E3502050101202600012', notice_nature: '2', bid_open_at: '2026-11-25T09:30:00+08:00' });
    expect(change.ok && original.ok && change.key !== original.key).toBe(true);
  });

  it('splits lots joined by a full-width comma and reads an empty doc price as none', () => {
    expect(rowOf(convertConstructionNotice(notice(1), ctx))).toMatchObject({
      bid_section_codes: ['E3502050101202600012001', 'E3502050101202600012002'],
      doc_price_amount: null, doc_price_unit: null, doc_price_yuan: null,
    });
  });

  it('rejects a notice whose nature is not a code (变更 for 2), naming the field', () => {
    expect(convertConstructionNotice(notice(2), ctx)).toMatchObject({ ok: false, stage: 'convert', reason: expect.stringMatching(/^NOTICE_NATURE: /u) });
  });

  it('rejects a notice without a tender project code rather than invent a key', () => {
    expect(convertConstructionNotice({ ...notice(0), TENDER_PROJECT_CODE: ' ' }, ctx)).toMatchObject({ ok: false, reason: expect.stringMatching(/^TENDER_PROJECT_CODE: /u) });
  });
});
