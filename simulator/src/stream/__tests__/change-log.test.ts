import { Rng } from '../../random/rng';
import { Timeline } from '../../time/timeline';
import { ChangeLog } from '../change-log';
import type { RowRef } from '../row-ref';

const START = 1_700_000_000;

function makeLog(baseCount: number): ChangeLog {
  return new ChangeLog(new Timeline(7, 't', { startSeconds: START, rowsPerBlock: 16, blockSpanSeconds: 120 }), baseCount);
}

/** The reference answer: walk every record and filter, the slow and obvious way. */
function expected(log: ChangeLog, since: number | undefined): RowRef[] {
  return [...log.all()].filter((r) => since === undefined || r.sjc >= since);
}

function pageAll(log: ChangeLog, since: number | undefined, size: number): RowRef[] {
  const out: RowRef[] = [];
  for (let offset = 0; ; offset += size) {
    const rows = log.page(since, offset, size);
    out.push(...rows);
    if (rows.length < size) return out;
  }
}

describe('ChangeLog', () => {
  it('serves the virtual base in SJC order with ties and an inclusive since', () => {
    const log = makeLog(500);
    const rows = pageAll(log, undefined, 37);
    expect(rows.map((r) => r.id)).toEqual([...Array(500).keys()]);
    const tieTime = rows.find((r, i) => rows[i + 1]?.sjc === r.sjc)?.sjc as number;
    expect(tieTime).toBeDefined();
    const fromTie = log.page(tieTime, 0, 5);
    expect(fromTie[0]?.sjc).toBe(tieTime);
    expect(fromTie[1]?.sjc).toBe(tieTime);
    expect(log.count(tieTime)).toBe(rows.filter((r) => r.sjc >= tieTime).length);
  });

  it('pages exactly like a filtered walk after random inserts, updates and deletes', () => {
    const rng = new Rng(99);
    const log = makeLog(300);
    for (let step = 0; step < 120; step += 1) {
      const roll = rng.next();
      const end = (log.maxTime() ?? START) + rng.int(0, 3);
      const id = rng.int(0, log.idCount - 1);
      const current = log.get(id);
      if (roll < 0.3) log.insert(end);
      else if (roll < 0.4) log.insert(START + rng.int(0, 2000));
      else if (current && current.op !== 'D' && roll < 0.8) log.update(id, end);
      else if (current && current.op !== 'D') log.remove(id, end);
    }
    for (const since of [undefined, START, START + 777, START + 3000, (log.maxTime() ?? 0) + 1]) {
      const want = expected(log, since);
      expect(log.count(since)).toBe(want.length);
      expect(pageAll(log, since, 13)).toEqual(want);
    }
  });

  it('serves each record once at its latest version', () => {
    const log = makeLog(50);
    const end = (log.maxTime() ?? 0) + 10;
    log.update(3, end);
    log.update(3, end + 1);
    log.remove(4, end + 1);
    const rows = [...log.all()];
    expect(rows).toHaveLength(50);
    expect(rows.filter((r) => r.id === 3)).toEqual([expect.objectContaining({ version: 2, op: 'U', sjc: end + 1 })]);
    expect(rows[rows.length - 1]).toEqual(expect.objectContaining({ id: 4, op: 'D', version: 0 }));
    expect(() => log.update(4, end + 2)).toThrow(/deleted/);
  });
});
