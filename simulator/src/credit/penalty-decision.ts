import type { Rng } from '../random/rng';
import type { DepartmentKey } from './departments';
import { yuanToWanYuan } from './money';
import { type PenaltyKind, VIOLATIONS, type Violation } from './violations';

/** What was decided: the violation, the kinds applied and their amounts. */
export interface PenaltyDecision {
  readonly violation: Violation;
  readonly kinds: readonly PenaltyKind[];
  /** Separator of `CF_CFLB`: mostly ",", sometimes "、" or ";" (a real upstream quirk). */
  readonly separator: ',' | '、' | ';';
  /** Fine in whole 元, when 罚款 applies. */
  readonly fineYuan?: number;
  /** Illegal gains confiscated in whole 元, when 没收违法所得 applies. */
  readonly confiscatedYuan?: number;
  /** How an amount that does not apply is sent: an empty string or "0". */
  readonly noAmount: '' | '0';
  /** Months of suspension / restriction, days of closure, years of ban. */
  readonly months: number;
  readonly days: number;
  /** `罚款2000元` or `罚款人民币2000元`. */
  readonly withCurrencyWord: boolean;
}

/** A decision of `department` against an organisation or (when `person`) a natural person. */
export function decide(rng: Rng, department: DepartmentKey, person: boolean): PenaltyDecision {
  const candidates = VIOLATIONS[department].filter((v) => !person || v.persons);
  const violation = rng.pick(candidates.length > 0 ? candidates : VIOLATIONS.urban);
  const kinds = rng.weighted(violation.kinds);
  return {
    violation,
    kinds,
    separator: rng.weighted([[',', 88], ['、', 8], [';', 4]] as const),
    fineYuan: kinds.includes('罚款') ? roundFine(rng.int(violation.fine[0], violation.fine[1])) : undefined,
    confiscatedYuan: kinds.includes('没收违法所得') ? rng.int(2, 300) * 50 : undefined,
    noAmount: rng.chance(0.25) ? '0' : '',
    months: rng.int(1, 6),
    days: rng.pick([3, 5, 7, 10, 15, 30]),
    withCurrencyWord: rng.chance(0.3),
  };
}

/** A copy with the fine corrected (an upstream update). */
export function withFine(decision: PenaltyDecision, fineYuan: number): PenaltyDecision {
  return { ...decision, fineYuan: decision.kinds.includes('罚款') ? roundFine(fineYuan) : undefined };
}

/** `CF_CFLB`: the kinds joined by this decision's separator. */
export function kindsText(decision: PenaltyDecision): string {
  return decision.kinds.join(decision.separator);
}

/** `CF_NR_FK`: the fine in 万元 (`"0.2"` for 2000 元). */
export function fineText(decision: PenaltyDecision): string {
  return decision.fineYuan === undefined ? decision.noAmount : yuanToWanYuan(decision.fineYuan);
}

/** `CF_NR_WFFF`: the confiscated amount in 万元. */
export function confiscatedText(decision: PenaltyDecision): string {
  return decision.confiscatedYuan === undefined ? decision.noAmount : yuanToWanYuan(decision.confiscatedYuan);
}

/** `CF_NR`: the decision text, whose amounts are in 元 (`处以罚款2000元`). */
export function contentText(decision: PenaltyDecision, licence: string): string {
  const yuan = decision.withCurrencyWord ? '人民币' : '';
  const parts = decision.kinds.map((kind) => {
    switch (kind) {
      case '罚款': return `处以罚款${yuan}${decision.fineYuan ?? 0}元`;
      case '没收违法所得': return `没收违法所得${yuan}${decision.confiscatedYuan ?? 0}元`;
      case '没收非法财物': return '没收涉案物品';
      case '暂扣许可证件': return `暂扣${licence}${decision.months}个月`;
      case '吊销许可证件': return `吊销${licence}`;
      case '限制开展生产经营活动': return `限制开展生产经营活动${decision.months}个月`;
      case '责令停产停业': return `责令停产停业${decision.days}日`;
      case '限制从业': return `${decision.months}年内限制从业`;
      case '行政拘留': return `行政拘留${decision.days}日`;
      case '其他': return '责令限期改正';
      default: return `给予${kind}`;
    }
  });
  return `对当事人作出如下行政处罚：${parts.join('，')}。`;
}

/** Fines are round figures: whole hundreds below 1 万元, whole 500s above. */
function roundFine(yuan: number): number {
  const step = yuan < 10_000 ? 100 : 500;
  return Math.max(step, Math.round(yuan / step) * step);
}
