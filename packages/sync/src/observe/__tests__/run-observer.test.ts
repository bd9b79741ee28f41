import { SyncCounts } from '../../runner/counts';
import { syncRecordsTotal, syncRunDurationSeconds, syncRunsTotal } from '../metrics';
import { observeRun } from '../run-observer';

const value = async (metric: { get(): Promise<{ values: { labels: Record<string, string | number>; value: number; metricName?: string }[] }> }, labels: Record<string, string>, name?: string): Promise<number> =>
  (await metric.get()).values.find((v) => (name === undefined || v.metricName === name) && Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value ?? 0;

function counts(source: string, inserted: number, quarantined: number): SyncCounts {
  const c = new SyncCounts(source);
  c.inserted = inserted;
  c.quarantined = quarantined;
  return c;
}

test('batches add what changed since the last call, the finish adds the rest, the run and its duration', async () => {
  let now = 1_000;
  const observer = observeRun('test/a', () => now);
  observer.onBatch(counts('test/a', 10, 1));
  observer.onBatch(counts('test/a', 25, 1));
  now = 4_500;
  observer.finish('succeeded', counts('test/a', 27, 2));
  observer.finish('failed');
  expect(await value(syncRecordsTotal, { source: 'test/a', outcome: 'inserted' })).toBe(27);
  expect(await value(syncRecordsTotal, { source: 'test/a', outcome: 'quarantined' })).toBe(2);
  expect(await value(syncRunsTotal, { source: 'test/a', status: 'succeeded' })).toBe(1);
  expect(await value(syncRunsTotal, { source: 'test/a', status: 'failed' })).toBe(0);
  expect(await value(syncRunDurationSeconds, { source: 'test/a', status: 'succeeded' }, 'keyfield_sync_run_duration_seconds_sum')).toBe(3.5);
});
