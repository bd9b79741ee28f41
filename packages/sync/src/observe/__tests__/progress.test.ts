import { PassThrough } from 'node:stream';
import { SyncCounts } from '../../runner/counts';
import { barProgress, lineProgress } from '../progress';

function counts(fetched: number, inserted: number): SyncCounts {
  const c = new SyncCounts('credit/xzcf');
  c.fetched = fetched;
  c.inserted = inserted;
  return c;
}

test('plain progress prints a header and one line of counts per finished source, with the status when not succeeded', () => {
  const lines: string[] = [];
  const progress = lineProgress((l) => lines.push(l));
  progress.start('credit/xzcf');
  progress.batch('credit/xzcf', counts(100, 90));
  progress.finish('credit/xzcf', 'succeeded', counts(120, 110));
  progress.finish('credit/xzxk', 'failed', counts(0, 0));
  progress.stop();
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^source\s+fetched\s+inserted\s+updated\s+unchanged\s+withdrawn\s+quarantined\n$/);
  expect(lines[1]?.trim().split(/\s+/)).toEqual(['credit/xzcf', '120', '110', '0', '0', '0', '0']);
  expect(lines[2]?.trim().split(/\s+/).slice(-1)).toEqual(['failed']);
});

test('bars show each source with its live counts and its end state', () => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString()));
  Object.assign(out, { isTTY: true, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
  const progress = barProgress(out, ['credit/xzcf']);
  progress.start('credit/xzcf');
  progress.batch('credit/xzcf', counts(100, 90));
  progress.finish('credit/xzcf', 'held', counts(120, 110));
  progress.stop();
  expect(text).toContain('credit/xzcf');
  expect(text).toMatch(/held \| 120 fetched · 110 inserted/);
});
