import { Rng } from '../random/rng';
import { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY, formatDate, formatTimestamp, startOfDay } from '../time/clock';
import { Timeline } from '../time/timeline';
import type { Feed } from './feed';
import { IMPOSSIBLE_DASH_DATE, malformation } from './malformed';
import { type WireRow, setDisclosure } from './wire-row';
import type { CreditWorld } from './world';

const LISTED_FOR = [
  '通过登记的住所或者经营场所无法联系的', '未依照《企业信息公示暂行条例》第八条规定的期限公示年度报告的',
  '公示企业信息隐瞒真实情况、弄虚作假的', '未在市场监督管理部门依照《企业信息公示暂行条例》责令的期限内公示有关企业信息的',
] as const;
const REMOVED_FOR = [
  '依法补报了未报年份的年度报告并公示', '提出通过登记的住所或者经营场所可以重新取得联系，申请移出', '更正其公示的信息，申请移出',
] as const;

/**
 * `GET /credit/jyyc`: abnormal operations (经营异常名录) of register organisations. Removed listings
 * carry YCYY / YCRQ / YCJG; listings still in force send those three as empty strings.
 */
export class AbnormalFeed implements Feed {
  readonly name = 'jyyc' as const;
  readonly log: ChangeLog;

  constructor(private readonly world: CreditWorld) {
    const timeline = new Timeline(world.seed, this.name, { startSeconds: world.startSeconds, rowsPerBlock: 16, blockSpanSeconds: 1200 });
    this.log = new ChangeLog(timeline, Math.max(10, Math.floor(world.size / 10)));
  }

  row(ref: RowRef): WireRow {
    const rng = new Rng(this.world.seed, this.name, ref.id);
    const org = this.world.organisation(this.organisationOf(rng, ref.id));
    const day = startOfDay(ref.origin);
    const listed = day - SECONDS_PER_DAY * rng.int(1, 900);
    const removedDays = Math.floor((day - listed) / SECONDS_PER_DAY);
    const removed = removedDays >= 30 && rng.chance(0.4) ? listed + SECONDS_PER_DAY * rng.int(30, removedDays) : undefined;
    const row: WireRow = {
      TYSHXYDM: org.code,
      QYMC: org.name,
      LRYY: rng.pick(LISTED_FOR),
      LRRQ: formatDate(listed, '-'),
      LRJG: org.registrar,
      YCYY: removed === undefined ? '' : rng.pick(REMOVED_FOR),
      YCRQ: removed === undefined ? '' : formatDate(removed, '-'),
      YCJG: removed === undefined ? '' : org.registrar,
      SJC: formatTimestamp(ref.sjc),
      CZLX: ref.op,
    };
    setDisclosure(row, rng);
    if (ref.version === 0 && malformation(this.world.seed, this.name, ref.id, this.world.malformedRate, ['bad-date'] as const)) row.LRRQ = IMPOSSIBLE_DASH_DATE;
    return row;
  }

  insertAt(sjc: number, _rng: Rng): RowRef {
    return this.log.insert(sjc);
  }

  /**
   * Base listing k draws its organisation from its own slice of the register, so no organisation is
   * listed twice in the base and (TYSHXYDM, LRRQ, LRYY) stays unique; later listings draw freely.
   */
  private organisationOf(rng: Rng, id: number): number {
    const orgs = this.world.organisationCount;
    if (id >= this.log.baseCount) return rng.int(0, orgs - 1);
    const share = orgs / this.log.baseCount;
    return Math.floor(id * share) + rng.int(0, Math.max(1, Math.floor(share)) - 1);
  }
}
