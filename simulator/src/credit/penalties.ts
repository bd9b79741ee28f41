import { Rng } from '../random/rng';
import { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY, formatDate, formatChineseDate, formatTimestamp } from '../time/clock';
import { Timeline } from '../time/timeline';
import type { Feed } from './feed';
import { IMPOSSIBLE_SLASH_DATE, NOT_A_NUMBER, garbageCode, malformation } from './malformed';
import { LONG_TERM, type PenaltyFacts, penaltyFacts } from './penalty-facts';
import { confiscatedText, contentText, fineText, kindsText, withFine } from './penalty-decision';
import { type WireRow, setDisclosure } from './wire-row';
import type { CreditWorld } from './world';

/** The key of a penalty on the wire: decision number + authority USCC. */
export interface PenaltyKey {
  readonly CF_WSH: string;
  readonly CF_CFJGDM: string;
}

const MALFORMED = ['missing-wsh', 'bad-date', 'bad-fine', 'bad-uscc'] as const;
type Malformation = (typeof MALFORMED)[number];

/**
 * `GET /credit/sgs/xzcf`: administrative penalties (行政处罚, 双公示). Base penalty i is generated
 * from (seed, i) at a non-decreasing `SJC`; updates re-render it with a revision applied.
 */
export class PenaltyFeed implements Feed {
  readonly name = 'xzcf' as const;
  readonly log: ChangeLog;
  readonly timeline: Timeline;

  constructor(private readonly world: CreditWorld) {
    this.timeline = new Timeline(world.seed, this.name, { startSeconds: world.startSeconds, rowsPerBlock: 32, blockSpanSeconds: 600 });
    this.log = new ChangeLog(this.timeline, world.size);
  }

  /** The facts of a record as first published (keys and authority never change afterwards). */
  facts(id: number): PenaltyFacts {
    const ref = this.log.get(id);
    if (!ref) throw new RangeError(`no penalty ${id}`);
    return penaltyFacts(this.world, id, ref.origin);
  }

  /** How the first version of a record is broken, if it is. */
  malformation(id: number): Malformation | undefined {
    return malformation(this.world.seed, this.name, id, this.world.malformedRate, MALFORMED);
  }

  row(ref: RowRef): WireRow {
    const first = penaltyFacts(this.world, ref.id, ref.origin);
    const revision = ref.version > 0 ? revise(new Rng(this.world.seed, 'xzcf-row', ref.id, ref.version), first) : undefined;
    const row = render(revision?.facts ?? first, revision?.remark ?? first.remark);
    row.SJC = formatTimestamp(ref.sjc);
    row.CZLX = ref.op;
    setDisclosure(row, new Rng(this.world.seed, 'xzcf-gksx', ref.id));
    if (revision?.disclosure) row.GKSX = revision.disclosure;
    const broken = ref.version === 0 ? this.malformation(ref.id) : undefined;
    if (broken) breakRow(row, broken, this.world.seed, ref.id);
    return row;
  }

  insertAt(sjc: number, _rng: Rng): RowRef {
    return this.log.insert(sjc);
  }
}

/** The key of a rendered row. */
export function penaltyKey(facts: PenaltyFacts): PenaltyKey {
  return { CF_WSH: facts.wsh, CF_CFJGDM: facts.authority.uscc };
}

/** What an upstream update changed: the facts, a note in `BZ` (备注), maybe the disclosure. */
interface Revision {
  readonly facts: PenaltyFacts;
  readonly remark: string;
  readonly disclosure?: string;
}

/** An upstream update: one thing corrected and noted in `BZ`. */
function revise(rng: Rng, facts: PenaltyFacts): Revision {
  const what = rng.weighted([['fine', 4], ['publicity', 3], ['disclosure', 1], ['remark', 2]] as const);
  if (what === 'fine' && facts.decision.fineYuan !== undefined) {
    const decision = withFine(facts.decision, Math.round(facts.decision.fineYuan * rng.pick([0.5, 0.8, 1.2, 2])));
    return { facts: { ...facts, decision }, remark: '更正：罚款金额' };
  }
  if (what === 'disclosure') return { facts, remark: '更正：公开属性', disclosure: '不予公开' };
  if (what === 'remark') return { facts, remark: '补充：当事人已缴纳罚款' };
  const publicityEnd = facts.decided + SECONDS_PER_DAY * rng.int(365, 1095);
  return { facts: { ...facts, publicityEnd }, remark: '更正：公示截止期' };
}

function render(facts: PenaltyFacts, remark: string): WireRow {
  const { decision } = facts;
  return {
    ...facts.subject.fields,
    CF_WSH: facts.wsh,
    CF_WFXW: decision.violation.type,
    CF_SY: `经查，当事人于${formatChineseDate(facts.found)}${decision.violation.fact}。`,
    CF_YJ: decision.violation.basis,
    CF_CFLB: kindsText(decision),
    CF_NR: contentText(decision, decision.violation.licence ?? '许可证件'),
    CF_NR_FK: fineText(decision),
    CF_NR_WFFF: confiscatedText(decision),
    CF_NR_ZKDX: facts.licence,
    CF_JDRQ: formatDate(facts.decided, '/'),
    CF_YXQ: formatDate(facts.validUntil ?? LONG_TERM, '/'),
    CF_GSJZQ: facts.publicityEnd === undefined ? '' : formatDate(facts.publicityEnd, '/'),
    CF_CFJG: facts.authority.name,
    CF_CFJGDM: facts.authority.uscc,
    CF_SJLY: facts.source.name,
    CF_SJLYDM: facts.source.code,
    BZ: remark,
  };
}

function breakRow(row: WireRow, kind: Malformation, seed: number, id: number): void {
  if (kind === 'missing-wsh') row.CF_WSH = '';
  if (kind === 'bad-date') row.CF_JDRQ = IMPOSSIBLE_SLASH_DATE;
  if (kind === 'bad-fine') row.CF_NR_FK = NOT_A_NUMBER;
  if (kind === 'bad-uscc') row.CF_XDR_SHXYM = garbageCode(seed, id);
}
