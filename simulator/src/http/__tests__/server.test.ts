import { type Simulator, createSimulator } from '../../server';
import { getJson, listUrl, started } from './support';

let sim: Simulator;
let url: string;

beforeAll(async () => ({ sim, url } = await started()));
afterAll(() => sim.close());

describe('simulator over HTTP', () => {
  it('answers the health check', async () => {
    expect(await getJson(`${url}/_sim/health`)).toEqual({ ok: true });
  });

  it('serves byte-identical responses for the same seed and size', async () => {
    const twin = createSimulator({ seed: 7, size: 2000 });
    const other = createSimulator({ seed: 8, size: 2000 });
    const twinUrl = await twin.listen(0);
    const otherUrl = await other.listen(0);
    try {
      for (const path of ['/credit/sgs/xzcf?pageNo=3&pageSize=50', '/credit/qyxx', '/credit/files/xzxk/index.json']) {
        const [a, b, c] = await Promise.all([url, twinUrl, otherUrl].map(async (base) => Buffer.from(await (await fetch(base + path)).arrayBuffer())));
        expect(a?.equals(b as Buffer)).toBe(true);
        expect(a?.equals(c as Buffer)).toBe(false);
      }
    } finally {
      await Promise.all([twin.close(), other.close()]);
    }
  });

  it('sends every envelope value as a string', async () => {
    const body = await getJson(listUrl(url, '/credit/sgs/xzcf', { pageNo: 2, pageSize: 10 }));
    expect(body).toEqual(expect.objectContaining({ code: '0', msg: 'success', total: '2000', pageNo: '2', pageSize: '10' }));
    expect(body.rows).toHaveLength(10);
    for (const row of body.rows) for (const value of Object.values(row)) expect(value === null || typeof value === 'string').toBe(true);
  });

  it('treats since as inclusive and keeps ties together', async () => {
    const all = sim.credit.rows('xzcf');
    const tie = all.find((r, i) => i > 100 && all[i + 1]?.SJC === r.SJC && all[i - 1]?.SJC !== r.SJC)?.SJC as string;
    const body = await getJson(listUrl(url, '/credit/sgs/xzcf', { since: tie, pageSize: 100 }));
    const expected = all.filter((r) => (r.SJC ?? '') >= tie);
    expect(body.total).toBe(String(expected.length));
    expect(body.rows.slice(0, 2).map((r) => r.SJC)).toEqual([tie, tie]);
    expect(body.rows).toEqual(expected.slice(0, 100));
  });

  it('pages through a feed to exactly its total, in ascending SJC', async () => {
    const seen: Array<Record<string, string | null>> = [];
    let total = 0;
    for (let pageNo = 1; ; pageNo += 1) {
      const body = await getJson(listUrl(url, '/credit/jyyc', { since: '2026-01-01 00:00:00', pageNo, pageSize: 33 }));
      total = Number(body.total);
      seen.push(...body.rows);
      if (body.rows.length < 33) break;
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual(sim.credit.rows('jyyc'));
  });

  it('refuses pageSize above 100 with HTTP 200 and a Chinese message', async () => {
    const res = await fetch(listUrl(url, '/credit/sgs/xyxf', { pageSize: 101 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: '1001', msg: 'pageSize 不能超过100', rows: [] });
    expect((await getJson(listUrl(url, '/credit/qyxx', { since: 'yesterday' }))).code).toBe('1002');
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${url}/credit/nothing`)).status).toBe(404);
    expect((await fetch(`${url}/credit/files/xzxk/xzxk_19990101.csv`)).status).toBe(404);
  });

  it('moves on through POST /_sim/advance', async () => {
    const res = await fetch(`${url}/_sim/advance`, { method: 'POST', body: JSON.stringify({ inserts: 3, updates: 2, deletes: 1 }) });
    const summary = (await res.json()) as { generation: number; sjc: string; permitFile: string };
    expect(summary.generation).toBe(1);
    const body = await getJson(listUrl(url, '/credit/sgs/xzcf', { since: summary.sjc }));
    expect(body.rows.map((r) => r.CZLX).sort()).toEqual(['D', 'I', 'I', 'I', 'U', 'U']);
    const index = (await getJson(`${url}/credit/files/xzxk/index.json`)) as unknown as { files: Array<{ name: string }> };
    expect(index.files[index.files.length - 1]?.name).toBe(summary.permitFile);
    expect((await fetch(`${url}/_sim/advance`, { method: 'POST', body: '{"inserts":-1}' })).status).toBe(400);
  });
});
