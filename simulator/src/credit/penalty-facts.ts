import { Rng } from '../random/rng';
import { SECONDS_PER_DAY, dateSeconds, startOfDay, yearOf } from '../time/clock';
import type { Authority } from './authorities';
import { decisionNumber, shuffledSerial } from './decision-number';
import { PENALTY_DEPARTMENT_WEIGHTS } from './departments';
import { type PenaltyDecision, decide } from './penalty-decision';
import { type PenaltySubject, organisationSubject, personSubject } from './penalty-subject';
import type { CreditWorld } from './world';

/** Everything a penalty says, before it is rendered as a wire row. */
export interface PenaltyFacts {
  readonly subject: PenaltySubject;
  readonly authority: Authority;
  readonly decision: PenaltyDecision;
  /** `CF_WSH`: unique together with the authority's USCC. */
  readonly wsh: string;
  /** Decision date (`CF_JDRQ`), midnight seconds. */
  readonly decided: number;
  /** When the violation was found, for the `CF_SY` text. */
  readonly found: number;
  /** `CF_YXQ`: seconds, or undefined for long-term (2099/12/31). */
  readonly validUntil: number | undefined;
  /** `CF_GSJZQ` when upstream sends one. */
  readonly publicityEnd: number | undefined;
  /** `CF_NR_ZKDX`: the licence suspended or revoked, with its number. */
  readonly licence: string;
  readonly source: { readonly name: string; readonly code: string };
  readonly remark: string;
}

const REMARKS = ['当事人已缴纳罚款', '已履行完毕', '含"双随机"抽查发现问题', '重点领域专项整治,特种设备', '依法从轻处罚'] as const;
const PLACEHOLDER_CODES = ['000000000000000000', '111111111111111111'] as const;
export const LONG_TERM = dateSeconds(2099, 12, 31);

/** The facts of penalty `id`, first published at `origin`: a pure function of (seed, id, origin). */
export function penaltyFacts(world: CreditWorld, id: number, origin: number): PenaltyFacts {
  const rng = new Rng(world.seed, 'xzcf', id);
  const person = rng.chance(0.15);
  const subject = person ? personSubject(rng) : organisationSubject(rng, world.organisation(rng.int(0, world.organisationCount - 1)));
  const authority = world.authorities.pick(rng, subject.region, rng.weighted(PENALTY_DEPARTMENT_WEIGHTS));
  const decision = decide(rng, authority.department.key, person);
  // the base is a backlog (some decisions years old); penalties published later are recent
  const decided = startOfDay(origin) - SECONDS_PER_DAY * (rng.chance(0.75) || id >= world.size ? rng.int(1, 20) : rng.int(21, 700));
  const serial = shuffledSerial(world.seed, 'xzcf', id);
  const licensed = decision.kinds.includes('暂扣许可证件') || decision.kinds.includes('吊销许可证件');
  return {
    subject,
    authority,
    decision,
    wsh: decisionNumber(rng, authority.prefix, authority.department.penaltyWord, yearOf(decided), serial, authority.department.key === 'fire'),
    decided,
    found: decided - SECONDS_PER_DAY * rng.int(10, 90),
    validUntil: rng.weighted<number | undefined>([[decided + 365 * SECONDS_PER_DAY, 6], [decided + 1095 * SECONDS_PER_DAY, 3], [undefined, 1]]),
    publicityEnd: rng.chance(0.4) ? decided + SECONDS_PER_DAY * rng.int(decision.violation.special ? 365 : 92, 1095) : undefined,
    licence: licensed ? `${decision.violation.licence ?? '《许可证》'}（编号：${rng.chars('0123456789', 12)}）` : '',
    source: dataSource(rng, world, subject, authority),
    remark: rng.chance(0.12) ? rng.pick(REMARKS) : '',
  };
}

/** Usually the authority itself; sometimes the city credit office; now and then a placeholder code. */
function dataSource(rng: Rng, world: CreditWorld, subject: PenaltySubject, authority: Authority) {
  const roll = rng.next();
  if (roll < 0.8) return { name: authority.name, code: authority.uscc };
  if (roll < 0.95) {
    const office = world.authorities.creditOffice(subject.region);
    return { name: office.name, code: office.uscc };
  }
  return { name: authority.name, code: rng.pick(PLACEHOLDER_CODES) };
}
