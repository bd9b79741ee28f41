import { createHash } from 'node:crypto';
import type { Simulator } from '../../server';
import { getJson, listUrl, started } from './support';

let sim: Simulator;
let url: string;

beforeAll(async () => ({ sim, url } = await started(9, 1000)));
afterAll(() => sim.close());
afterEach(() => sim.faults.clear());

const postFaults = (body: unknown) => fetch(`${url}/_sim/faults`, { method: 'POST', body: JSON.stringify(body) });
const xzcf = (query: Record<string, string | number>) => listUrl(url, '/credit/sgs/xzcf', query);
type Index = { files: Array<{ name: string; bytes: string; sha256: string }> };

describe('faults over HTTP', () => {
  it('delays a response', async () => {
    await postFaults({ kind: 'delay', delayMs: 300 });
    const started = Date.now();
    await fetch(xzcf({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('answers HTTP 5xx for the next N requests only', async () => {
    await postFaults({ kind: 'http-error', status: 502, count: 2, path: '/credit/qyxx' });
    expect((await fetch(`${url}/credit/qyxx`)).status).toBe(502);
    expect((await fetch(`${url}/credit/sgs/xzcf`)).status).toBe(200);
    expect((await fetch(`${url}/credit/qyxx`)).status).toBe(502);
    expect((await fetch(`${url}/credit/qyxx`)).status).toBe(200);
  });

  it('answers HTTP 200 with an error body', async () => {
    await postFaults({ kind: 'error-body' });
    const res = await fetch(xzcf({}));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: '9999', msg: '系统繁忙，请稍后再试', rows: [] });
  });

  it('cuts a JSON body short, or drops the connection part-way', async () => {
    await postFaults({ kind: 'truncate', keep: 0.4 });
    const text = await (await fetch(xzcf({ pageSize: 20 }))).text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text.startsWith('{"code":"0"')).toBe(true);
    await postFaults({ kind: 'truncate', mode: 'abort' });
    await expect(fetch(xzcf({ pageSize: 20 })).then((r) => r.text())).rejects.toThrow();
  });

  it('cuts a CSV file short of the length its index promises', async () => {
    const index = (await getJson(`${url}/credit/files/xzxk/index.json`)) as unknown as Index;
    const file = index.files[0] as Index['files'][number];
    await postFaults({ kind: 'truncate', path: '/credit/files/xzxk/x', keep: 0.5 });
    const bytes = Buffer.from(await (await fetch(`${url}/credit/files/xzxk/${file.name}`)).arrayBuffer());
    expect(bytes.length).toBe(Math.floor(Number(file.bytes) / 2));
  });

  it('puts a schema-breaking row among good rows', async () => {
    await postFaults({ kind: 'bad-row' });
    const body = await getJson(xzcf({ pageSize: 10 }));
    expect(body.rows).toHaveLength(11);
    expect(body.rows.filter((r) => typeof (r as Record<string, unknown>).CF_NR_FK === 'number')).toHaveLength(1);
  });

  it('repeats a row on two consecutive pages', async () => {
    await postFaults({ kind: 'repeat-row' });
    const first = await getJson(xzcf({ pageNo: 1, pageSize: 10 }));
    const second = await getJson(xzcf({ pageNo: 2, pageSize: 10 }));
    expect(first.rows).toHaveLength(11);
    expect(first.rows[10]).toEqual(second.rows[0]);
  });

  it('inserts rows inside the paged range while a client pages, shifting offsets', async () => {
    const since = '2026-01-01 08:30:00';
    const before = await getJson(xzcf({ since, pageNo: 1, pageSize: 10 }));
    await postFaults({ kind: 'insert-rows', rows: 3 });
    const page1 = await getJson(xzcf({ since, pageNo: 1, pageSize: 10 }));
    const page2 = await getJson(xzcf({ since, pageNo: 2, pageSize: 10 }));
    expect(page1).toEqual(before);
    expect(Number(page2.total)).toBe(Number(before.total) + 3);
    expect(page2.rows.slice(0, 3)).toEqual(before.rows.slice(7, 10));
    const late = sim.credit.rows('xzcf').filter((r) => r.SJC === since && r.CZLX === 'I').length;
    expect(late).toBeGreaterThanOrEqual(3);
  });

  it('serves an empty snapshot during an outage', async () => {
    await postFaults([{ kind: 'empty', path: '/credit/sgs/xzcf' }, { kind: 'empty', path: '/credit/files' }]);
    expect(await getJson(xzcf({}))).toEqual({ code: '0', msg: 'success', total: '0', pageNo: '1', pageSize: '100', rows: [] });
    expect(await getJson(`${url}/credit/files/xzxk/index.json`)).toEqual({ files: [] });
  });

  it('replaces a file by a corrected one with the same name and a new sha256', async () => {
    const before = (await getJson(`${url}/credit/files/xzxk/index.json`)) as unknown as Index;
    const target = before.files[1] as Index['files'][number];
    await postFaults({ kind: 'corrected-file', file: target.name, path: '/credit/files' });
    const after = (await getJson(`${url}/credit/files/xzxk/index.json`)) as unknown as Index;
    const corrected = after.files.find((f) => f.name === target.name);
    expect(corrected?.sha256).not.toBe(target.sha256);
    expect(after.files.map((f) => f.name)).toEqual(before.files.map((f) => f.name));
    const bytes = Buffer.from(await (await fetch(`${url}/credit/files/xzxk/${target.name}`)).arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(corrected?.sha256);
  });

  it('fires at a seeded random rate until cleared over HTTP', async () => {
    await postFaults({ kind: 'http-error', rate: 0.5, seed: 3, path: '/credit/sxbzxr' });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await fetch(`${url}/credit/sxbzxr?pageSize=1`)).status);
    expect(statuses).toContain(503);
    expect(statuses).toContain(200);
    expect((await getJson(`${url}/_sim/faults`)).faults).toHaveLength(1);
    expect((await fetch(`${url}/_sim/faults`, { method: 'DELETE' })).status).toBe(200);
    for (let i = 0; i < 5; i += 1) expect((await fetch(`${url}/credit/sxbzxr?pageSize=1`)).status).toBe(200);
    expect((await postFaults({ kind: 'nonsense' })).status).toBe(400);
  });
});
