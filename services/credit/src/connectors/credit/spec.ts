import type { AnySource } from '@keyfield/sync';
import type { CreditConfig } from '../../config';
import { CreditClient } from './client';
import { convertAbnormalListing, convertDefaulter, convertOrganization, convertPenalty, convertPermit, convertRepair } from './convert';
import { decodePermitFile } from './csv';
import { filesStream } from './streams/files';
import { sinceStream } from './streams/since-paged';
import type { AbnormalListingWire, DefaulterWire, OrganizationWire, PenaltyWire, RepairWire } from './wire-types';

/**
 * The credit platform's streams (feeds.md `/credit`): each with its path, converter and table.
 * Order matters for a first sync: the register before the records that point at it.
 */
export function creditSources(config: CreditConfig): AnySource[] {
  const client = new CreditClient(config.upstreamCreditUrl, {
    timeoutMs: config.fetchTimeoutMs, attempts: config.fetchAttempts, retryDelayMs: config.retryDelayMs,
  });
  const paged = <R extends { SJC?: string | null }>(path: string) =>
    sinceStream<R>(client, path, { pageSize: config.pageSize, lookBackSeconds: config.lookBackSeconds });
  const sources = [
    { name: 'credit/qyxx', table: { table: 'credit.organization', key: ['uscc'] }, stream: paged<OrganizationWire>('/credit/qyxx'), convert: convertOrganization },
    { name: 'credit/xzcf', table: { table: 'credit.penalty', key: ['decision_number', 'authority_code'] }, stream: paged<PenaltyWire>('/credit/sgs/xzcf'), convert: convertPenalty },
    { name: 'credit/xyxf', table: { table: 'credit.repair', key: ['decision_number', 'authority_code'] }, stream: paged<RepairWire>('/credit/sgs/xyxf'), convert: convertRepair },
    { name: 'credit/sxbzxr', table: { table: 'credit.defaulter', key: ['case_number', 'name'] }, stream: paged<DefaulterWire>('/credit/sxbzxr'), convert: convertDefaulter },
    { name: 'credit/jyyc', table: { table: 'credit.abnormal_listing', key: ['uscc', 'listed_on', 'listed_reason'] }, stream: paged<AbnormalListingWire>('/credit/jyyc'), convert: convertAbnormalListing },
    {
      name: 'credit/xzxk',
      table: { table: 'credit.permit', key: ['authority_code', 'document_number'] },
      stream: filesStream(client, '/credit/files/xzxk', decodePermitFile),
      convert: convertPermit,
    },
  ];
  return sources as unknown as AnySource[];
}
