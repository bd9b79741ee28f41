import { EntitySchema } from 'typeorm';
import { instant, managedIndexes, money, parties, party, PLATFORM, PRICE, required, SYNCED, TENDER, text } from '../shared/entity-columns';

/** trading.construction_notice — 招标公告 and its changes, keyed tender project + nature + send time. */
export const ConstructionNoticeEntity = new EntitySchema({
  name: 'ConstructionNotice', schema: 'trading', tableName: 'construction_notice',
  columns: {
    ...SYNCED, ...TENDER, notice_nature: { type: 'varchar', length: 2 }, notice_send_time: { type: 'varchar', length: 14 },
    notice_sent_at: { type: 'timestamptz' }, notice_name: required, notice_content: text, notice_media: text, bulletin_type: text,
    doc_get_start_at: instant, doc_get_end_at: instant, bid_doc_refer_end_at: instant, bid_open_at: instant,
    ...money('doc_price'), ...party('tenderer'), ...party('agency'), ...PLATFORM,
  },
  uniques: [{ name: 'construction_notice_natural_key', columns: ['tender_project_code', 'notice_nature', 'notice_send_time'] }],
  indices: managedIndexes('construction_notice_sent', 'construction_notice_region'),
});

/** trading.construction_candidate_publicity — 中标候选人公示, one per tender project. */
export const CandidatePublicityEntity = new EntitySchema({
  name: 'CandidatePublicity', schema: 'trading', tableName: 'construction_candidate_publicity',
  columns: {
    ...SYNCED, ...TENDER, publicity_name: required, publicity_content: text, publicity_start_at: instant, publicity_end_at: instant,
    ...PRICE, ...parties('candidates', 'candidate'), ...PLATFORM,
  },
  uniques: [{ name: 'construction_candidate_publicity_natural_key', columns: ['tender_project_code'] }],
  indices: managedIndexes('construction_candidate_codes'),
});

/** trading.construction_win_result — 中标结果公示, one per tender project. */
export const WinResultEntity = new EntitySchema({
  name: 'ConstructionWinResult', schema: 'trading', tableName: 'construction_win_result',
  columns: { ...SYNCED, ...TENDER, notice_name: required, notice_content: text, notice_sent_at: instant, ...PRICE, ...parties('winners', 'winner'), ...PLATFORM },
  uniques: [{ name: 'construction_win_result_natural_key', columns: ['tender_project_code'] }],
  indices: managedIndexes('construction_win_result_codes', 'construction_win_result_uncoded'),
});
