import { getJson, listUrl, started } from './support';

describe('a simulator of a million penalties', () => {
  it('answers pages anywhere in the feed without building the rows', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const { sim, url } = await started(1, 1_000_000);
    try {
      const deep = await getJson(listUrl(url, '/credit/sgs/xzcf', { pageNo: 9000, pageSize: 100 }));
      expect(deep.total).toBe('1000000');
      expect(deep.rows).toHaveLength(100);
      const last = deep.rows[99]?.SJC as string;
      const since = await getJson(listUrl(url, '/credit/sgs/xzcf', { since: last, pageSize: 100 }));
      expect(since.rows[0]?.SJC).toBe(last);
      expect(Number(since.total)).toBeLessThan(1_000_000 - 899_000);
      sim.advance({ inserts: 50, updates: 20, deletes: 10, permits: 0 });
      const tail = await getJson(listUrl(url, '/credit/sgs/xzcf', { pageNo: 10_001, pageSize: 100 }));
      expect(tail.rows).toHaveLength(50);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    } finally {
      await sim.close();
    }
  });
});
