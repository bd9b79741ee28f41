/**
 * Wire records of the city public-resource trading site (公共资源交易网, feeds.md "ggzy"), national
 * trading-platform XML with UPPER_SNAKE element names. Every value is element text (codes keep their
 * leading zeros: the parser never reads numbers); an empty element is `''`, a missing one undefined.
 */
type Wire = string | null | undefined;

/** Elements every ggzy record carries (domains.md §2). */
export interface GgzyCommonWire {
  /** 平台标识码. */
  PLATFORM_CODE?: Wire;
  /** 数据时间戳 — `YYYYMMDDHHmmss` Asia/Shanghai; the `from` cursor compares it. */
  DATA_TIMESTAMP?: Wire;
  /** 统一交易标识码. */
  UNIFIED_DEAL_CODE?: Wire;
  /** 行政区划代码 — 6 digits. */
  REGION_CODE?: Wire;
  /** 交易场所代码. */
  TRA_PLACE_CODE?: Wire;
  /** 信息来源链接. */
  URL?: Wire;
  /** 公开属性 — 主动公开, 依申请公开, 不予公开. */
  GKSX?: Wire;
}

/** Amounts of a record: `PRICE_UNIT` `1` 元, `2` 万元; `CURRENCY_CODE` `156` (人民币, ISO 4217). */
export interface GgzyPriceWire {
  PRICE_UNIT?: Wire;
  CURRENCY_CODE?: Wire;
  /** 金额单位更正标识 — `1` when the price unit was corrected after first publication. */
  M_MONEY_UPDATE?: Wire;
}

/** The tender block of every construction record: one project's life cycle is joined on it. */
export interface GgzyTenderWire extends GgzyCommonWire {
  /** 项目代码 — the approved project's code (投资项目统一代码). */
  PROJECT_CODE?: Wire;
  /** 招标项目编号 — joins notice ↔ change ↔ candidates ↔ result. */
  TENDER_PROJECT_CODE?: Wire;
  /** 标段（包）编号 — several lots, comma-separated. */
  BID_SECTION_CODES?: Wire;
}

/** A published notice's title, HTML body (in CDATA) and send time. */
export interface GgzyNoticeTextWire {
  NOTICE_NAME?: Wire;
  NOTICE_CONTENT?: Wire;
  NOTICE_SEND_TIME?: Wire;
}

/** `GCJS_NOTICE` — 招标公告, or its change (变更/澄清) when `NOTICE_NATURE` is 2. */
export interface GcjsNoticeWire extends GgzyTenderWire, GgzyNoticeTextWire {
  /** 发布媒介. */
  NOTICE_MEDIA?: Wire;
  /** 公告性质 — `1` 正常, `2` 变更, `9` 其他. */
  NOTICE_NATURE?: Wire;
  /** 公告类型 — e.g. `1` 招标公告, `2` 资格预审公告 (kept as sent). */
  BULLETIN_TYPE?: Wire;
  DOC_GET_START_TIME?: Wire;
  DOC_GET_END_TIME?: Wire;
  /** 投标文件递交截止时间. */
  BID_DOC_REFER_END_TIME?: Wire;
  BID_OPEN_TIME?: Wire;
  /** 招标文件售价 — always 元. */
  DOC_PRICE?: Wire;
  TENDERER_NAME?: Wire;
  TENDERER_CODE_TYPE?: Wire;
  TENDERER_CODE?: Wire;
  TENDER_AGENCY_NAME?: Wire;
  TENDER_AGENCY_CODE_TYPE?: Wire;
  TENDER_AGENCY_CODE?: Wire;
}

/** One `CANDIDATE` of a candidate publicity, ranked per lot. */
export interface CandidateWire {
  BID_SECTION_CODE?: Wire;
  BIDDER_NAME?: Wire;
  BIDDER_CODE_TYPE?: Wire;
  /** A USCC where the code type says so; organisation codes and other codes occur. */
  BIDDER_CODE?: Wire;
  RANK?: Wire;
  /** In the record's `PRICE_UNIT`. */
  BID_AMOUNT?: Wire;
}

/** `CANDIDATE_PUBLICITY` — 中标候选人公示 of one tender project, all its lots. */
export interface CandidatePublicityWire extends GgzyTenderWire, GgzyPriceWire {
  PUBLICITY_NAME?: Wire;
  /** HTML, sent in CDATA. */
  PUBLICITY_CONTENT?: Wire;
  PUBLICITY_START_TIME?: Wire;
  PUBLICITY_END_TIME?: Wire;
  CANDIDATE?: CandidateWire[];
}

/** One `WIN_BIDDER` of a result: a consortium (联合体) is several, one per member. */
export interface WinBidderWire {
  BID_SECTION_CODE?: Wire;
  WIN_BIDDER_NAME?: Wire;
  WIN_BIDDER_CODE_TYPE?: Wire;
  WIN_BIDDER_CODE?: Wire;
  /** 投标人角色 — `1` 独立投标/联合体牵头人, `2` 联合体成员. */
  BIDDER_ROLE?: Wire;
  /** In the record's `PRICE_UNIT`; empty for consortium members and rate bids. */
  BID_AMOUNT?: Wire;
  /** 其他类型投标价 — a rate or discount (费率, 下浮率), as text. */
  OTHER_BID_PRICE?: Wire;
  /** 项目负责人 — a person's name. */
  PROJECT_LEAD?: Wire;
}

/** `WIN_RESULT` — 中标结果公示 of one tender project, all its lots. */
export interface WinResultWire extends GgzyTenderWire, GgzyPriceWire, GgzyNoticeTextWire {
  WIN_BIDDER?: WinBidderWire[];
}

/** The parcel block shared by land notices and deals (宗地). */
export interface LandParcelWire extends GgzyCommonWire, GgzyPriceWire {
  /** 宗地编号. */
  LAND_CODE?: Wire;
  LAND_POSITION?: Wire;
  /** 土地面积 — 平方米. */
  LAND_AREA?: Wire;
  /** 土地用途 — 住宅用地, 商服用地, 工业用地, …. */
  LAND_USAGE?: Wire;
  /** 出让年限 — years, as text (`70`, `50`, `40`). */
  LEND_AGE_LIMIT?: Wire;
  /** 出让方式 — 招标, 拍卖, 挂牌. */
  TRANSFER_MODE?: Wire;
}

/** `TRANSFER_NOTICE` — 国有建设用地使用权出让公告 of one parcel. */
export interface LandNoticeWire extends LandParcelWire, GgzyNoticeTextWire {
  /** 起始价. */
  START_PRICE?: Wire;
  /** 竞买保证金. */
  DEPOSIT?: Wire;
  /** 容积率 — a ratio or a range such as `1.0-2.5`, as text. */
  PLOT_RATIO?: Wire;
}

/** `DEAL_LAND_INFO` — 成交结果 of one parcel. */
export interface LandDealWire extends LandParcelWire {
  DEAL_PRICE?: Wire;
  /** 受让人 — the buyer: name, code type and code. */
  LENDING_NAME?: Wire;
  LENDING_TYPE?: Wire;
  LENDING_CODE?: Wire;
  PUBLISHING_TIME?: Wire;
}

/** The record elements of the two XML lists, by element name. */
export interface GgzyRecordTypes {
  GCJS_NOTICE: GcjsNoticeWire;
  CANDIDATE_PUBLICITY: CandidatePublicityWire;
  WIN_RESULT: WinResultWire;
  TRANSFER_NOTICE: LandNoticeWire;
  DEAL_LAND_INFO: LandDealWire;
}

export type GgzyElement = keyof GgzyRecordTypes;

/** One record of a page with the element it came in. */
export type GgzyRow = { [E in GgzyElement]: { element: E; record: GgzyRecordTypes[E] } }[GgzyElement];
