import { boundedResponseStore, type StoredAnswer } from '../bounded-response-store';

// A column page's worth of JSON: twenty rows of Chinese text, about 10 KB.
const page = (n: number): StoredAnswer => ({
  contentType: 'application/json',
  body: Buffer.from(JSON.stringify({
    data: { penalties: { totalCount: n, edges: Array.from({ length: 20 }, (_, i) => ({ node: { id: `${n}-${i}`, reason: '经查，当事人未经批准擅自占用城市道路堆放建筑材料。'.repeat(6) } })) } },
  })),
});
const small = (n: number): StoredAnswer => ({ contentType: 'application/json', body: Buffer.from(JSON.stringify({ data: { n } })) });

test('the store keeps no more bytes than its budget, dropping the least recently used', () => {
  const store = boundedResponseStore({ maxEntries: 10_000, maxBytes: 1024 * 1024, ttlMs: 60_000 });
  for (let n = 0; n < 500; n += 1) store.set(`k${n}`, page(n));
  expect(store.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
  expect(store.get('k499')).toEqual(page(499));
  expect(store.get('k0')).toBeUndefined();
});

test('the store keeps no more entries than its count', () => {
  const store = boundedResponseStore({ maxEntries: 3, maxBytes: 64 * 1024 * 1024, ttlMs: 60_000 });
  for (let n = 0; n < 5; n += 1) store.set(`k${n}`, small(n));
  expect([0, 1, 2, 3, 4].map((n) => store.get(`k${n}`) !== undefined)).toEqual([false, false, true, true, true]);
});

test('an answer larger than the whole budget is not kept, and clearing empties the store', () => {
  const store = boundedResponseStore({ maxEntries: 100, maxBytes: 4096, ttlMs: 60_000 });
  store.set('big', page(1));
  expect(store.get('big')).toBeUndefined();
  store.set('small', small(1));
  expect(store.get('small')).toEqual(small(1));
  store.clear();
  expect(store.get('small')).toBeUndefined();
  expect(store.calculatedSize).toBe(0);
});

test('an answer is not served after its time to live', async () => {
  const store = boundedResponseStore({ maxEntries: 100, maxBytes: 1024 * 1024, ttlMs: 20 });
  store.set('short', small(1));
  await new Promise((r) => setTimeout(r, 60));
  expect(store.get('short')).toBeUndefined();
});
