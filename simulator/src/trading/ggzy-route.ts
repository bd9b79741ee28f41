import type { FaultPlan } from '../faults/fault-plan';
import type { Reply } from '../http/reply';
import { parseTimestamp } from '../time/clock';
import type { LifeCycleFeed } from './life-cycle-feed';
import { positiveParam, withNeighbour } from './paging';
import type { GgzyItem, TradingPlatform } from './platform';
import { dataPage, element, errorPage } from './xml';

/** Records in every `/ggzy` page (feeds.md). */
export const GGZY_PAGE_SIZE = 50;

const XML_TYPE = 'application/xml;charset=UTF-8';
const xmlReply = (text: string): Reply => ({ status: 200, contentType: XML_TYPE, body: Buffer.from(text, 'utf8') });

/** A record that breaks the schema: a zero timestamp, an empty key, an element where text belongs. */
const BROKEN = (name: string): string =>
  `<${name}><DATA_TIMESTAMP>00000000000000</DATA_TIMESTAMP><TENDER_PROJECT_CODE/><LAND_CODE/><NOTICE_NAME><P>12.5</P></NOTICE_NAME></${name}>`;

/** `from=YYYYMMDDHHmmss` as seconds; undefined when absent; null when malformed. */
function fromParam(text: string | null): number | undefined | null {
  if (text === null || text === '') return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/u.exec(text);
  return m ? (parseTimestamp(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`) ?? null) : null;
}

/** `GET /ggzy/gcjs` or `/ggzy/land`: 50 records a page from `from`, with the data faults of the plan. */
export function ggzyRoute(platform: TradingPlatform, feed: LifeCycleFeed<GgzyItem>, brokenElement: string, params: URLSearchParams, plan: FaultPlan): Reply {
  if (plan.errorBody) return xmlReply(errorPage(plan.errorBody.code, plan.errorBody.msg));
  const since = fromParam(params.get('from'));
  if (since === null) return xmlReply(errorPage('1001', 'from 参数格式错误，应为yyyyMMddHHmmss'));
  const page = positiveParam(params.get('page'), 1);
  if (page === undefined) return xmlReply(errorPage('1002', 'page 参数错误，须为正整数'));
  if (plan.empty) return xmlReply(dataPage(0, page, 0, []));
  const total = feed.log.count(since);
  const pageAt = (n: number): GgzyItem[] => feed.page(since, (n - 1) * GGZY_PAGE_SIZE, GGZY_PAGE_SIZE);
  const items = plan.repeatRow ? withNeighbour(pageAt(page), pageAt, page) : pageAt(page);
  const records = items.map((item) => element(item.element, item.record));
  if (plan.badRow) records.splice(Math.floor(records.length / 2), 0, BROKEN(brokenElement));
  if (plan.insertRows > 0) platform.insertLate(feed, since, plan.insertRows);
  return xmlReply(dataPage(total, page, Math.ceil(total / GGZY_PAGE_SIZE), records));
}
