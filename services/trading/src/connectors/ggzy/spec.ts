import type { AnySource, Converter, SourceSpec } from '@keyfield/sync';
import type { TradingConnectorSettings } from '../shared/settings';
import { GgzyClient } from './client';
import { convertCandidatePublicity, convertConstructionNotice, convertLandDeal, convertLandNotice, convertWinResult } from './convert';
import { fromPagedStream, type FromState } from './streams/from-paged';
import type { GgzyElement, GgzyRecordTypes } from './wire-types';

/** Construction tenders (工程建设) and land transfers (土地出让) on the city trading site. */
export const GGZY_PATHS = { gcjs: '/ggzy/gcjs', land: '/ggzy/land' } as const;

/**
 * The trading site's sources (feeds.md `/ggzy`): one per record element, each with its own cursor.
 * The two lists mix elements, so each source of a list walks it whole and keeps its own records.
 * Order matters for a first sync only in reading: a notice before the records that follow it.
 */
export function ggzySources(settings: TradingConnectorSettings): AnySource[] {
  const client = new GgzyClient(settings.upstreamGgzyUrl, {
    timeoutMs: settings.fetchTimeoutMs, attempts: settings.fetchAttempts, retryDelayMs: settings.retryDelayMs,
  });
  const source = <E extends GgzyElement>(name: string, path: string, element: E, table: string, key: string[], convert: Converter<GgzyRecordTypes[E]>): SourceSpec<GgzyRecordTypes[E], FromState> => ({
    name,
    table: { table, key },
    stream: fromPagedStream(client, path, element, settings.lookBackSeconds),
    convert,
  });
  const sources = [
    source('trading/ggzy-gcjs-notice', GGZY_PATHS.gcjs, 'GCJS_NOTICE', 'trading.construction_notice', ['tender_project_code', 'notice_nature', 'notice_send_time'], convertConstructionNotice),
    source('trading/ggzy-gcjs-candidate', GGZY_PATHS.gcjs, 'CANDIDATE_PUBLICITY', 'trading.construction_candidate_publicity', ['tender_project_code'], convertCandidatePublicity),
    source('trading/ggzy-gcjs-result', GGZY_PATHS.gcjs, 'WIN_RESULT', 'trading.construction_win_result', ['tender_project_code'], convertWinResult),
    source('trading/ggzy-land-notice', GGZY_PATHS.land, 'TRANSFER_NOTICE', 'trading.land_transfer_notice', ['land_code', 'notice_send_time'], convertLandNotice),
    source('trading/ggzy-land-deal', GGZY_PATHS.land, 'DEAL_LAND_INFO', 'trading.land_deal', ['land_code'], convertLandDeal),
  ];
  return sources as unknown as AnySource[];
}
