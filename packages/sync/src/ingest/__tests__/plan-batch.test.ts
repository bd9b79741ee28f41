import { accept, reject, type Converter } from '../../kit/conversion';
import type { IngestSource } from '../ingest-source';
import { planBatch } from '../plan-batch';
import { pushedFileName } from '../provenance';

interface Wire {
  id?: string;
  value?: string;
}

// A converter in the shape of the real ones: a key first, a bad field is a reason naming it.
const convert: Converter<Wire> = (record, ctx) => {
  if (!record.id) return reject('convert', 'id: 缺少必填字段 — required field is missing or empty');
  if (record.value === 'bad') return reject('convert', 'value: not a value', record.id);
  return accept({ id: record.id, value: record.value ?? null, source: ctx.source }, record.id, 'I');
};

const source: IngestSource<Wire> = { name: 'test/things', table: { table: 'test.thing', key: ['id'] }, convert };
const ctx = { source: 'test/things', fetchedAt: '2026-11-02T01:00:00.000Z' };

test('rows say they were pushed in their source column, named after the stream', () => {
  const plan = planBatch(source, [{ id: 'a', value: '1' }], ctx, 'req-1');
  expect(plan.candidates).toEqual([{ index: 0, key: 'a', row: { id: 'a', value: '1', source: 'push:test/things' } }]);
});

test('a rejected record is answered with the converter’s reason and quarantined with a locator naming the push', () => {
  const plan = planBatch(source, [{ value: '1' }, { id: 'b', value: 'bad' }], ctx, 'req-2');
  expect(plan.rejected).toEqual([
    { index: 0, key: null, status: 'REJECTED', change: null, reason: 'id: 缺少必填字段 — required field is missing or empty' },
    { index: 1, key: 'b', status: 'REJECTED', change: null, reason: 'value: not a value' },
  ]);
  expect(plan.quarantine.map((q) => [q.stage, q.locator, q.key, q.record])).toEqual([
    ['convert', 'push:req-2#0', undefined, { value: '1' }],
    ['convert', 'push:req-2#1', 'b', { id: 'b', value: 'bad' }],
  ]);
});

test('of records sharing a key the last is applied and the earlier ones name its index', () => {
  const plan = planBatch(source, [{ id: 'a', value: '1' }, { id: 'b' }, { id: 'a', value: '2' }, { id: 'a', value: '3' }], ctx, 'r');
  expect(plan.candidates.map((c) => [c.index, c.row['value']])).toEqual([[1, null], [3, '3']]);
  expect(plan.rejected.map((r) => [r.index, r.key])).toEqual([[0, 'a'], [2, 'a']]);
  expect(plan.rejected.every((r) => r.reason?.includes('index 3'))).toBe(true);
  expect(plan.quarantine).toEqual([]);
});

test('a later record that fails conversion supersedes nothing', () => {
  const plan = planBatch(source, [{ id: 'a', value: '1' }, { id: 'a', value: 'bad' }], ctx, 'r');
  expect(plan.candidates.map((c) => c.index)).toEqual([0]);
  expect(plan.rejected.map((r) => [r.index, r.reason])).toEqual([[1, 'value: not a value']]);
});

test('records of a daily file are quarantined with a locator that keeps the file name for re-drive', () => {
  const plan = planBatch(source, [{ value: '1' }], { ...ctx, fileName: 'xzxk_20261101.csv' }, 'req-3');
  expect(plan.quarantine[0]?.locator).toBe('push:req-3#0@xzxk_20261101.csv');
  expect(pushedFileName('push:req-3#0@xzxk_20261101.csv')).toBe('xzxk_20261101.csv');
  expect(pushedFileName('push:req-3#0')).toBeUndefined();
});
