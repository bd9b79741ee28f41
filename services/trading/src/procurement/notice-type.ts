import { registerEnumType } from 'type-graphql';

/** The 13 procurement notice types in force since 2020-07-01 (domains.md §2); values are the stored labels. */
export enum ProcurementNoticeType {
  INTENTION = '采购意向',
  PREQUALIFICATION = '资格预审',
  TENDER = '招标',
  NEGOTIATION = '竞争性谈判/磋商/询价',
  AWARD = '中标（成交）结果',
  CORRECTION = '更正',
  TERMINATION = '终止',
  CONTRACT = '合同',
  ACCEPTANCE = '公共服务项目验收结果',
  SINGLE_SOURCE = '单一来源公示',
  COMPLAINT_DECISION = '投诉处理结果',
  SUPERVISION_DECISION = '监督检查处理结果',
  AGENCY_ASSESSMENT = '集中采购机构考核结果',
}

registerEnumType(ProcurementNoticeType, {
  name: 'ProcurementNoticeType',
  description: '政府采购公告类型 — the 13 procurement notice types',
  valuesConfig: {
    INTENTION: { description: '采购意向 — procurement intention' },
    PREQUALIFICATION: { description: '资格预审 — pre-qualification' },
    TENDER: { description: '招标 — call for tenders' },
    NEGOTIATION: { description: '竞争性谈判/磋商/询价 — competitive negotiation, consultation or inquiry' },
    AWARD: { description: '中标（成交）结果 — award result' },
    CORRECTION: { description: '更正 — correction' },
    TERMINATION: { description: '终止 — termination' },
    CONTRACT: { description: '合同 — contract' },
    ACCEPTANCE: { description: '公共服务项目验收结果 — acceptance of a public service project' },
    SINGLE_SOURCE: { description: '单一来源公示 — single-source publicity' },
    COMPLAINT_DECISION: { description: '投诉处理结果 — complaint decision' },
    SUPERVISION_DECISION: { description: '监督检查处理结果 — supervision decision' },
    AGENCY_ASSESSMENT: { description: '集中采购机构考核结果 — assessment of a central purchasing agency' },
  },
});
