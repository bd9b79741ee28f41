import type { ExecutionResult } from 'graphql';
import { boundedResponseStore } from '../bounded-response-store';

// A column page's worth of JSON: twenty rows of Chinese text, about 10 KB.
const page = (n: number): ExecutionResult => ({
  data: { penalties: { totalCount: n, edges: Array.from({ length: 20 }, (_, i) => ({ node: { id: `${n}-${i}`, reason: '经查，当事人未经批准擅自占用城市道路堆放建筑材料。'.repeat(6) } })) } },
});

test('the store keeps no more estimated heap than its budget, dropping the least recently used', () => {
  const store = boundedResponseStore({ maxEntries: 10_000, maxBytes: 1024 * 1024 });
  for (let n = 0; n < 500; n += 1) store.set(`k${n}`, page(n), [], 60_000);
  expect(store.bytes).toBeLessThanOrEqual(1024 * 1024);
  expect(store.get('k499')).toEqual(page(499));
  expect(store.get('k0')).toBeNull();
});

test('the store keeps no more entries than its count', () => {
  const store = boundedResponseStore({ maxEntries: 3, maxBytes: 64 * 1024 * 1024 });
  for (let n = 0; n < 5; n += 1) store.set(`k${n}`, { data: { n } }, [], 60_000);
  expect([0, 1, 2, 3, 4].map((n) => store.get(`k${n}`) !== null)).toEqual([false, false, true, true, true]);
});

test('a response larger than the whole budget is not kept, and clearing empties the store', () => {
  const store = boundedResponseStore({ maxEntries: 100, maxBytes: 4096 });
  store.set('big', page(1), [], 60_000);
  expect(store.get('big')).toBeNull();
  store.set('small', { data: { ok: true } }, [], 60_000);
  expect(store.get('small')).toEqual({ data: { ok: true } });
  store.clear();
  expect(store.get('small')).toBeNull();
  expect(store.bytes).toBe(0);
});

test('an entry is not served after its time to live', async () => {
  const store = boundedResponseStore({ maxEntries: 100, maxBytes: 1024 * 1024 });
  store.set('short', { data: { ok: true } }, [], 20);
  await new Promise((r) => setTimeout(r, 60));
  expect(store.get('short')).toBeNull();
});
