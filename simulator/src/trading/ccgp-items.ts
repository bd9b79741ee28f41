import { IMPOSSIBLE_DASH_DATE, malformation } from '../credit/malformed';
import { type WireRow, setDisclosure } from '../credit/wire-row';
import { Rng } from '../random/rng';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY, formatChineseDate } from '../time/clock';
import type { Procurement } from './procurement';
import { shanghaiEpochMs } from './wire-format';

/** Notice types after the announcement: a correction mostly, or one of the rarer types. */
const FOLLOW_UPS = [['更正', 60], ['终止', 8], ['投诉处理结果', 12], ['监督检查处理结果', 12], ['集中采购机构考核结果', 8]] as const;

const MALFORMED = ['bad-budget', 'bad-region', 'missing-title'] as const;

function typeOf(p: Procurement, stage: number, rng: Rng): string {
  if (stage === 0) return '采购意向';
  if (stage === 1) return p.announcement;
  if (stage === 2) return rng.weighted(FOLLOW_UPS);
  // The site writes the brackets half-width now and then.
  if (stage === 3) return rng.chance(0.1) ? '中标(成交)结果' : '中标（成交）结果';
  return stage === 4 ? '合同' : '公共服务项目验收结果';
}

function winners(p: Procurement) {
  return p.winners.map((w, i) => ({ name: w.name, code: p.codeMissing && i === 0 ? '' : w.code, amount: i === 0 ? `${p.contractYuan}.00` : '' }));
}

/** One `/ccgp/notices` item: a pure function of the procurement and the version of its record. */
export function noticeItem(seed: number, p: Procurement, stage: number, ref: RowRef, malformedRate: number): Record<string, unknown> {
  const rng = new Rng(seed, 'ccgp-notice', ref.id);
  const type = typeOf(p, stage, rng);
  const signed = ref.origin - 2 * SECONDS_PER_DAY;
  const item: Record<string, unknown> = {
    noticeId: `8a81f6d3${ref.id.toString(16).padStart(8, '0')}`,
    noticeType: type,
    title: `${p.projectName}${type === '采购意向' ? '采购意向公开' : `${type}公告`}`,
    projectCode: p.projectCode,
    projectName: p.projectName,
    purchaser: { name: p.buyer.name, code: p.buyer.uscc },
    agency: stage === 0 ? null : { name: p.agency.name, code: p.agency.code },
    purchaseMethod: p.method,
    budget: `${p.budgetYuan}.00`,
    publishTime: shanghaiEpochMs(ref.origin),
    updateTime: shanghaiEpochMs(ref.sjc),
    regionCode: p.buyer.region.code,
    content: `<div><p>${p.projectName}</p><p>${type}${ref.version > 0 ? `（第${ref.version}次更新）` : ''}</p></div>`,
    winners: stage === 3 ? winners(p) : null,
    contract: stage === 4 ? { code: `${p.projectCode}-HT`, name: `${p.projectName}合同`, amount: `${p.contractYuan}.00`, signDate: formatChineseDate(signed), performancePeriod: '合同签订之日起90日内' } : null,
    status: ref.op === 'D' ? 'revoked' : 'normal',
  };
  const row: WireRow = {};
  setDisclosure(row, new Rng(seed, 'ccgp-gksx', ref.id), 'gksx');
  if (row['gksx'] !== undefined) item['gksx'] = row['gksx'];
  const broken = ref.version === 0 ? malformation(seed, 'ccgp', ref.id, malformedRate, MALFORMED) : undefined;
  if (broken === 'bad-budget') item['budget'] = IMPOSSIBLE_DASH_DATE;
  if (broken === 'bad-region') item['regionCode'] = p.buyer.region.code.slice(0, 5);
  if (broken === 'missing-title') item['title'] = '';
  return item;
}
