import type { FaultPlan } from '../faults/fault-plan';
import { type Reply, jsonReply } from '../http/reply';
import { positiveParam, withNeighbour } from './paging';
import type { TradingPlatform } from './platform';

export const CCGP_MAX_SIZE = 50;

/** An item that breaks the schema: no id, a time that is no time, a number, an object for a list. */
const BROKEN_ITEM = { noticeId: null, noticeType: '招标', updateTime: 'abc', budget: 12.5, winners: { nested: true } };

const failure = (message: string): Reply => jsonReply({ success: false, message });

/** `startTime` epoch ms as simulator seconds (inclusive: a partial second rounds up); null when malformed. */
function startParam(text: string | null): number | undefined | null {
  if (text === null || text === '') return undefined;
  if (!/^\d{1,15}$/u.test(text)) return null;
  return Math.ceil(Number(text) / 1000) + 8 * 3600;
}

/** `GET /ccgp/notices?startTime&page&size`: the site's own JSON, with the data faults of the plan. */
export function ccgpRoute(platform: TradingPlatform, params: URLSearchParams, plan: FaultPlan): Reply {
  if (plan.errorBody) return failure(plan.errorBody.msg);
  const since = startParam(params.get('startTime'));
  if (since === null) return failure('startTime 参数错误，应为毫秒时间戳');
  const page = positiveParam(params.get('page'), 1);
  const size = positiveParam(params.get('size'), 20);
  if (page === undefined || size === undefined) return failure('page、size 参数错误，须为正整数');
  if (size > CCGP_MAX_SIZE) return failure(`size 不能超过${CCGP_MAX_SIZE}`);
  if (plan.empty) return jsonReply({ success: true, data: { total: 0, list: [] } });
  const { ccgp } = platform;
  const total = ccgp.log.count(since);
  const pageAt = (n: number): unknown[] => ccgp.page(since, (n - 1) * size, size);
  const list = plan.repeatRow ? withNeighbour(pageAt(page), pageAt, page) : pageAt(page);
  if (plan.badRow) list.splice(Math.floor(list.length / 2), 0, BROKEN_ITEM);
  if (plan.insertRows > 0) platform.insertLate(ccgp, since, plan.insertRows);
  return jsonReply({ success: true, data: { total, list } });
}
