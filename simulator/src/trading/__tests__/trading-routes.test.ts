import { advanceTrading } from '../advance';
import { TradingPlatform } from '../platform';
import { type TradingSimulator, createTradingSimulator } from '../standalone';

let sim: TradingSimulator;
let url: string;

beforeAll(async () => {
  sim = createTradingSimulator({ seed: 7, size: 600 });
  url = await sim.listen(0);
});
afterAll(() => sim.close());

const text = async (path: string): Promise<string> => (await fetch(`${url}${path}`)).text();

describe('/ggzy (national trading-platform XML)', () => {
  it('serves 50 records a page in DATA_TIMESTAMP order, with total and pageCount, HTML in CDATA', async () => {
    const page = await text('/ggzy/gcjs?from=20260101000000&page=1');
    expect(page).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<DATA total="240" page="1" pageCount="5">/u);
    const stamps = [...page.matchAll(/<DATA_TIMESTAMP>(\d{14})<\/DATA_TIMESTAMP>/gu)].map((m) => m[1] ?? '');
    expect(stamps).toHaveLength(50);
    expect([...stamps].sort()).toEqual(stamps);
    expect(page).toContain('<NOTICE_CONTENT><![CDATA[<div class="ewb-article">');
  });

  it('answers `from` inclusively and a malformed `from` with an <ERROR> page', async () => {
    const all = sim.trading.platform.gcjs.rows();
    const at = String(all[100]?.record['DATA_TIMESTAMP']);
    const page = await text(`/ggzy/gcjs?from=${at}&page=1`);
    expect(page).toContain(`<DATA_TIMESTAMP>${at}</DATA_TIMESTAMP>`);
    expect(await text('/ggzy/gcjs?from=2026-01-01')).toContain('<ERROR><CODE>1001</CODE>');
  });

  it('publishes a project life cycle in order: notice, change, candidates, result, one tender project code', () => {
    const rows = sim.trading.platform.gcjs.rows();
    const code = String(rows[0]?.record['TENDER_PROJECT_CODE']);
    const cycle = rows.filter((r) => r.record['TENDER_PROJECT_CODE'] === code);
    expect(cycle.map((r) => [r.element, r.record['NOTICE_NATURE'] ?? ''])).toEqual([
      ['GCJS_NOTICE', '1'], ['GCJS_NOTICE', '2'], ['CANDIDATE_PUBLICITY', ''], ['WIN_RESULT', ''],
    ]);
  });
});

describe('/ccgp (procurement JSON)', () => {
  it('pages notices by startTime with its own envelope and refuses a size over 50', async () => {
    const body = (await (await fetch(`${url}/ccgp/notices?startTime=0&page=1&size=50`)).json()) as { success: boolean; data: { total: number; list: { updateTime: number }[] } };
    expect(body.success).toBe(true);
    expect(body.data.list).toHaveLength(50);
    expect(body.data.list.map((n) => n.updateTime)).toEqual([...body.data.list.map((n) => n.updateTime)].sort((a, b) => a - b));
    expect(await (await fetch(`${url}/ccgp/notices?size=51`)).json()).toEqual({ success: false, message: 'size 不能超过50' });
  });

  it('publishes all 13 notice types over the life cycles, result brackets in either width', () => {
    const platform = new TradingPlatform({ seed: 7, size: 2000, malformedRate: 0, startSeconds: Date.UTC(2026, 0, 1, 8) / 1000 });
    const labels = new Set(platform.ccgp.rows().map((n) => String(n['noticeType'])));
    expect(labels).toContain('中标(成交)结果');
    expect(new Set([...labels].map((l) => l.replace('(', '（').replace(')', '）'))).size).toBe(13);
  });
});

describe('advancing the sites', () => {
  it('re-sends slipped results with the corrected unit and revokes a notice under the same id', () => {
    const summary = advanceTrading(sim.trading.platform);
    expect(summary.unitCorrected.length).toBeGreaterThan(0);
    const result = sim.trading.platform.gcjs.rows().find((r) => r.element === 'WIN_RESULT' && r.record['TENDER_PROJECT_CODE'] === summary.unitCorrected[0]);
    expect(result?.record).toMatchObject({ PRICE_UNIT: '2', M_MONEY_UPDATE: '1' });
    const revoked = sim.trading.platform.ccgp.rows().find((n) => n['noticeId'] === summary.revokedNotices[0]);
    expect(revoked?.['status']).toBe('revoked');
  });

  it('is deterministic: the same seed gives the same bytes', async () => {
    const twin = createTradingSimulator({ seed: 7, size: 600 });
    const twinUrl = await twin.listen(0);
    try {
      const a = await (await fetch(`${twinUrl}/ggzy/land?page=1`)).text();
      const b = createTradingSimulator({ seed: 7, size: 600 });
      const bUrl = await b.listen(0);
      expect(await (await fetch(`${bUrl}/ggzy/land?page=1`)).text()).toBe(a);
      await b.close();
    } finally {
      await twin.close();
    }
  });
});
