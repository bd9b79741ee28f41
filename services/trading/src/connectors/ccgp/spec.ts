import type { AnySource, Converter, SourceSpec } from '@keyfield/sync';
import type { TradingConnectorSettings } from '../shared/settings';
import { CcgpClient } from './client';
import { convertProcurementContract, convertProcurementNotice, convertProcurementResult } from './convert';
import { CONTRACT_TYPE, noticeTypeOf, RESULT_TYPE } from './notice-types';
import { startTimeStream, type StartTimeState } from './streams/start-time-paged';
import type { CcgpNoticeWire } from './wire-types';

/** The site's page-size limit (feeds.md). */
export const CCGP_MAX_PAGE_SIZE = 50;

/**
 * The procurement site's sources (feeds.md `/ccgp`): one list, three tables. Results (with winners)
 * and contracts have columns of their own; every other type, and any label not among the 13 (which
 * its converter quarantines), is a notice.
 */
export function ccgpSources(settings: TradingConnectorSettings): AnySource[] {
  const client = new CcgpClient(settings.upstreamCcgpUrl, {
    timeoutMs: settings.fetchTimeoutMs, attempts: settings.fetchAttempts, retryDelayMs: settings.retryDelayMs,
  });
  const pageSize = Math.min(settings.ccgpPageSize, CCGP_MAX_PAGE_SIZE);
  const source = (name: string, table: string, keep: (n: CcgpNoticeWire) => boolean, convert: Converter<CcgpNoticeWire>): SourceSpec<CcgpNoticeWire, StartTimeState> => ({
    name,
    table: { table, key: ['notice_id'] },
    stream: startTimeStream(client, pageSize, settings.lookBackSeconds, keep),
    convert,
  });
  const typeOf = (n: CcgpNoticeWire) => noticeTypeOf(n.noticeType);
  const sources = [
    source('trading/ccgp-notice', 'trading.procurement_notice', (n) => typeOf(n) !== RESULT_TYPE && typeOf(n) !== CONTRACT_TYPE, convertProcurementNotice),
    source('trading/ccgp-result', 'trading.procurement_result', (n) => typeOf(n) === RESULT_TYPE, convertProcurementResult),
    source('trading/ccgp-contract', 'trading.procurement_contract', (n) => typeOf(n) === CONTRACT_TYPE, convertProcurementContract),
  ];
  return sources as unknown as AnySource[];
}
