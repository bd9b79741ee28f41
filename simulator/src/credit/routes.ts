import type { FaultPlan } from '../faults/fault-plan';
import type { Reply } from '../http/reply';
import { CREDIT_FEEDS, type CreditFeedName } from './feed';
import { PERMIT_FILES_PATH, fileRoute, indexRoute } from './file-routes';
import { listRoute } from './list-route';
import type { CreditPlatform } from './platform';

const FEED_BY_PATH = new Map<string, CreditFeedName>(
  Object.entries(CREDIT_FEEDS).map(([name, path]) => [path, name as CreditFeedName]),
);

/** Answers a `GET` under `/credit`; undefined when no such endpoint exists. */
export function creditRoute(platform: CreditPlatform, url: URL, plan: FaultPlan): Reply | undefined {
  const feed = FEED_BY_PATH.get(url.pathname);
  if (feed) return listRoute(platform, feed, url.searchParams, plan);
  if (url.pathname === `${PERMIT_FILES_PATH}index.json`) return indexRoute(platform.permits, plan);
  if (url.pathname.startsWith(PERMIT_FILES_PATH)) {
    const name = safeDecode(url.pathname.slice(PERMIT_FILES_PATH.length));
    return name === undefined ? undefined : fileRoute(platform.permits, name, plan);
  }
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
