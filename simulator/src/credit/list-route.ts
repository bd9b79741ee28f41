import type { FaultPlan } from '../faults/fault-plan';
import { type Reply, jsonReply } from '../http/reply';
import { SCHEMA_BREAKING_ROW, errorEnvelope, listEnvelope } from './envelope';
import type { CreditFeedName } from './feed';
import type { CreditPlatform } from './platform';
import { isApiError, parseListQuery } from './query';

/** `GET` of one paged feed, with the data faults of the plan applied. */
export function listRoute(platform: CreditPlatform, name: CreditFeedName, params: URLSearchParams, plan: FaultPlan): Reply {
  const query = parseListQuery(params);
  if (isApiError(query)) return jsonReply(errorEnvelope(query));
  const { since, pageNo, pageSize } = query;
  if (plan.empty) return jsonReply(listEnvelope(0, pageNo, pageSize, []));
  const total = platform.count(name, since);
  const rows: unknown[] = platform.page(name, since, pageNo, pageSize);
  if (plan.repeatRow) repeatNeighbour(platform, name, since, pageNo, pageSize, rows);
  if (plan.badRow) rows.splice(Math.floor(rows.length / 2), 0, SCHEMA_BREAKING_ROW);
  // rows arrive upstream just after this page was read: the client's next page shifts
  if (plan.insertRows > 0) platform.insertLate(name, since, plan.insertRows);
  return jsonReply(listEnvelope(total, pageNo, pageSize, rows));
}

/**
 * The same row on two consecutive pages: the next page's first row is added to this page (or, on
 * the last page, the previous page's last row). Nothing is lost; a client must de-duplicate.
 */
function repeatNeighbour(platform: CreditPlatform, name: CreditFeedName, since: number | undefined, pageNo: number, pageSize: number, rows: unknown[]): void {
  const [next] = platform.page(name, since, pageNo + 1, pageSize);
  if (next) {
    rows.push(next);
    return;
  }
  if (pageNo > 1) {
    const previous = platform.page(name, since, pageNo - 1, pageSize);
    const last = previous[previous.length - 1];
    if (last) rows.unshift(last);
  }
}
