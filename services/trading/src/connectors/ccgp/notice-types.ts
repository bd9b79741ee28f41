import { toHalfWidth } from '@keyfield/core';

/** The 13 procurement notice types in force since 2020-07-01 (domains.md §2), as the site labels them. */
export const NOTICE_TYPES = [
  '采购意向', '资格预审', '招标', '竞争性谈判/磋商/询价', '中标（成交）结果', '更正', '终止', '合同',
  '公共服务项目验收结果', '单一来源公示', '投诉处理结果', '监督检查处理结果', '集中采购机构考核结果',
] as const;

export type NoticeType = (typeof NOTICE_TYPES)[number];

export const RESULT_TYPE: NoticeType = '中标（成交）结果';
export const CONTRACT_TYPE: NoticeType = '合同';

const fold = (label: string): string => toHalfWidth(label).replace(/\s+/gu, '');
const BY_FOLDED = new Map<string, NoticeType>(NOTICE_TYPES.map((t) => [fold(t), t]));

/** The type a label names, brackets and spaces either width; undefined for a label not among the 13. */
export function noticeTypeOf(label: string | null | undefined): NoticeType | undefined {
  return typeof label === 'string' ? BY_FOLDED.get(fold(label)) : undefined;
}
