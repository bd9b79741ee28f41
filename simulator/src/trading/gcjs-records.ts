import type { Organisation } from '../credit/organisation';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY, formatDate, formatTimestamp, startOfDay } from '../time/clock';
import type { Bid, ConstructionProject } from './construction';
import { platformFields } from './ggzy-common';
import { type PriceUnitCode, amountIn, chineseDateTime, compactTimestamp } from './wire-format';
import type { XmlRecord } from './xml';

/** Bidders are named by USCC (`97`) mostly; some by organisation code (`01`) or registration number (`02`). */
function codeOf(org: Organisation, byOrgCode: boolean): { type: string; code: string } {
  if (byOrgCode) return { type: '01', code: `${org.orgCode.slice(0, 8)}-${org.orgCode.slice(8)}` };
  return { type: org.code.length === 18 ? '97' : '02', code: org.code };
}

const byOrgCode = (p: ConstructionProject, bid: Bid): boolean => (p.index + bid.bidder.index) % 17 === 0;

/** The bid-opening time of the original notice: 21 days on, 09:30; a change moves it two days. */
function bidOpen(noticeSeconds: number, change: boolean): number {
  return startOfDay(noticeSeconds) + (change ? 23 : 21) * SECONDS_PER_DAY + 9.5 * 3600;
}

/** `GCJS_NOTICE`: the tender notice, or its change (`NOTICE_NATURE` 2). */
export function noticeRecord(p: ConstructionProject, ref: RowRef, noticeSeconds: number, change: boolean): XmlRecord {
  const sent = ref.origin - 1800;
  const open = bidOpen(noticeSeconds, change);
  const tenderer = { TENDERER_NAME: p.buyer.name, TENDERER_CODE_TYPE: '97', TENDERER_CODE: p.buyer.uscc };
  const agency = { TENDER_AGENCY_NAME: p.agency.name, TENDER_AGENCY_CODE_TYPE: '97', TENDER_AGENCY_CODE: p.agency.code };
  return {
    ...platformFields(p.buyer.region, p.dealCode, ref, change ? 'gcjs/bggg' : 'gcjs/zbgg'),
    PROJECT_CODE: p.projectCode,
    TENDER_PROJECT_CODE: p.tenderProjectCode,
    BID_SECTION_CODES: p.sections.join(change && p.sections.length > 1 ? '，' : ','),
    NOTICE_NAME: `${p.name}施工${change ? '招标变更公告' : '招标公告'}`,
    NOTICE_CONTENT: change
      ? `<p>${p.name}施工招标开标时间变更为${chineseDateTime(open)}，其余内容不变。</p>`
      : `<div class="ewb-article"><p>招标人：${p.buyer.name}</p><p>标段数：${p.sections.length}</p><p>开标时间：${formatTimestamp(open)}</p></div>`,
    NOTICE_SEND_TIME: formatTimestamp(sent),
    NOTICE_MEDIA: '厦门市公共资源交易网',
    NOTICE_NATURE: change ? '2' : '1',
    BULLETIN_TYPE: '1',
    DOC_GET_START_TIME: chineseDateTime(startOfDay(noticeSeconds) + SECONDS_PER_DAY + 9 * 3600),
    DOC_GET_END_TIME: chineseDateTime(startOfDay(noticeSeconds) + 6 * SECONDS_PER_DAY + 17 * 3600),
    BID_DOC_REFER_END_TIME: compactTimestamp(open),
    BID_OPEN_TIME: formatTimestamp(open),
    DOC_PRICE: change ? '' : '0',
    ...tenderer,
    ...agency,
  };
}

/** `CANDIDATE_PUBLICITY`: three ranked candidates per lot. */
export function candidateRecord(p: ConstructionProject, ref: RowRef): XmlRecord {
  const day = startOfDay(ref.origin);
  return {
    ...platformFields(p.buyer.region, p.dealCode, ref, 'gcjs/hxrgs'),
    PROJECT_CODE: p.projectCode,
    TENDER_PROJECT_CODE: p.tenderProjectCode,
    BID_SECTION_CODES: p.sections.join(','),
    PUBLICITY_NAME: `${p.name}施工中标候选人公示`,
    PUBLICITY_CONTENT: `<p>公示期：${formatDate(day, '-')}至${formatDate(day + 3 * SECONDS_PER_DAY, '-')}</p>`,
    PUBLICITY_START_TIME: formatDate(day, '-'),
    PUBLICITY_END_TIME: formatDate(day + 3 * SECONDS_PER_DAY, '/'),
    PRICE_UNIT: p.unit,
    CURRENCY_CODE: '156',
    CANDIDATE: p.candidates.flatMap((lot) => lot.map((bid, rank) => {
      const code = codeOf(bid.bidder, byOrgCode(p, bid));
      return { BID_SECTION_CODE: bid.section, BIDDER_NAME: bid.bidder.name, BIDDER_CODE_TYPE: code.type, BIDDER_CODE: code.code, RANK: String(rank + 1), BID_AMOUNT: amountIn(bid.yuan, p.unit) };
    })),
  };
}

function winners(p: ConstructionProject, written: PriceUnitCode): XmlRecord[] {
  return p.candidates.flatMap((lot, i) => {
    const [best] = lot;
    if (!best) return [];
    const code = codeOf(best.bidder, byOrgCode(p, best));
    const lead = { BID_SECTION_CODE: best.section, WIN_BIDDER_NAME: best.bidder.name, WIN_BIDDER_CODE_TYPE: code.type, WIN_BIDDER_CODE: code.code, BIDDER_ROLE: '1', BID_AMOUNT: amountIn(best.yuan, written), PROJECT_LEAD: p.leads[i] ?? '' };
    if (i > 0 || !p.partner) return [lead];
    return [lead, { BID_SECTION_CODE: best.section, WIN_BIDDER_NAME: p.partner.name, WIN_BIDDER_CODE_TYPE: '97', WIN_BIDDER_CODE: p.partner.code, BIDDER_ROLE: '2', BID_AMOUNT: '' }];
  });
}

/**
 * `WIN_RESULT`: the rank-1 candidate of each lot wins. A project with a unit slip first goes out
 * with its 万元 amounts under code `1` (元); its next version carries `2` and `M_MONEY_UPDATE` 1.
 */
export function resultRecord(p: ConstructionProject, ref: RowRef): XmlRecord {
  const slipped = p.unitSlip && ref.version === 0;
  const corrected = p.unitSlip && ref.version > 0;
  const unit: PriceUnitCode = slipped || corrected ? '2' : p.unit;
  return {
    ...platformFields(p.buyer.region, p.dealCode, ref, 'gcjs/zbjg'),
    PROJECT_CODE: p.projectCode,
    TENDER_PROJECT_CODE: p.tenderProjectCode,
    BID_SECTION_CODES: p.sections.join(','),
    NOTICE_NAME: `${p.name}施工中标结果公示`,
    NOTICE_CONTENT: `<p>中标人：${p.candidates.map((lot) => lot[0]?.bidder.name ?? '').join('、')}</p>`,
    NOTICE_SEND_TIME: chineseDateTime(ref.origin - 3600),
    PRICE_UNIT: slipped ? '1' : unit,
    CURRENCY_CODE: '156',
    ...(corrected ? { M_MONEY_UPDATE: '1' } : {}),
    WIN_BIDDER: winners(p, unit),
  };
}
