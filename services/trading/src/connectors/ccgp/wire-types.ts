/**
 * Wire records of the provincial procurement site (政府采购网, feeds.md "ccgp"), its own camelCase
 * JSON. Values are strings except the epoch-millisecond times, which the site sends as numbers (a
 * string of digits is read the same); anything may be missing, null or empty.
 */
type Wire = string | null | undefined;
type WireTime = string | number | null | undefined;

/** A purchaser (采购人) or agency (采购代理机构). `code` is meant to be a USCC. */
export interface CcgpPartyWire {
  name?: Wire;
  code?: Wire;
}

/** A winner (中标/成交供应商) of a result notice; a consortium is several. Amount in 元. */
export interface CcgpWinnerWire {
  name?: Wire;
  /** Often a USCC; may be empty or another kind of code. */
  code?: Wire;
  amount?: Wire;
}

/** The contract (政府采购合同) of a contract notice. Amount in 元. */
export interface CcgpContractWire {
  code?: Wire;
  name?: Wire;
  amount?: Wire;
  /** 签订日期 — a date in any published form. */
  signDate?: WireTime;
  /** 履行期限 — free text (`合同签订之日起90日内`). */
  performancePeriod?: Wire;
}

/** One item of `GET /ccgp/notices`: a procurement notice of one of the 13 types. Key `noticeId`. */
export interface CcgpNoticeWire {
  noticeId?: Wire;
  /** One of the 13 notice types (domains.md §2), e.g. 采购意向, 招标, 中标（成交）结果, 合同. */
  noticeType?: Wire;
  title?: Wire;
  /** 采购项目编号 — links the notices of one procurement. */
  projectCode?: Wire;
  projectName?: Wire;
  purchaser?: CcgpPartyWire | null;
  agency?: CcgpPartyWire | null;
  /** 采购方式 — 公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 询价, 单一来源, 框架协议. */
  purchaseMethod?: Wire;
  /** 预算金额 — 元, a decimal string. */
  budget?: Wire;
  publishTime?: WireTime;
  /** Last change; the `startTime` cursor compares it. */
  updateTime?: WireTime;
  regionCode?: Wire;
  /** HTML. */
  content?: Wire;
  winners?: CcgpWinnerWire[] | null;
  contract?: CcgpContractWire | null;
  /** `normal`, or `revoked` when the site withdrew the notice. */
  status?: Wire;
  /** 公开属性. */
  gksx?: Wire;
}
