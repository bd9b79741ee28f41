/**
 * Wire records of the provincial credit platform (信用平台, feeds.md "credit"), exactly as sent.
 * Every value is a string on the wire, but any of them may be missing, null or empty, so every
 * field is `string | null | undefined` and nothing is trusted before a converter reads it.
 */
type Wire = string | null | undefined;

/** Change-tracking fields of the JSON lists: 时间戳, 操作类型 and 公开属性. */
export interface WireChange {
  /** 时间戳 — last change, `YYYY-MM-DD HH:mm:ss` Asia/Shanghai; the `since` cursor compares it. */
  SJC?: Wire;
  /** 操作类型 — `I` insert, `U` update, `D` delete; missing means `I`. */
  CZLX?: Wire;
  /** 公开属性 — 主动公开, 依申请公开 or 不予公开; may be missing. */
  GKSX?: Wire;
}

/** `/credit/sgs/xzcf` — 行政处罚 (双公示, domains.md §4.1). Key `CF_WSH` + `CF_CFJGDM`. */
export interface PenaltyWire extends WireChange {
  /** 行政相对人名称 — subject name (a person's real name for 自然人: personal data). */
  CF_XDR_MC?: Wire;
  /** 行政相对人类别 — 法人及非法人组织 / 自然人 / 个体工商户. */
  CF_XDR_LB?: Wire;
  /** 统一社会信用代码 — may hold a legacy 15-digit 工商注册号 instead. */
  CF_XDR_SHXYM?: Wire;
  /** 工商注册号 — legacy business registration number. */
  CF_XDR_GSZC?: Wire;
  /** 组织机构代码 — organisation code. */
  CF_XDR_ZZJG?: Wire;
  /** 税务登记号 — tax registration number. */
  CF_XDR_SWDJ?: Wire;
  /** 事业单位证书号 — public institution certificate number. */
  CF_XDR_SYDW?: Wire;
  /** 社会组织登记证号 — social organisation registration number. */
  CF_XDR_SHZZ?: Wire;
  /** 法定代表人 — legal representative. */
  CF_FRDB?: Wire;
  /** 法定代表人证件类型 — legal representative's id type. */
  CF_FR_ZJLX?: Wire;
  /** 法定代表人证件号码 — personal data: stored, never exposed or logged. */
  CF_FR_ZJHM?: Wire;
  /** 证件类型 — a natural person's id type (身份证, 护照号, …). */
  CF_XDR_ZJLX?: Wire;
  /** 证件号码 — a natural person's id number: stored, never exposed or logged. */
  CF_XDR_ZJHM?: Wire;
  /** 行政处罚决定书文号 — decision number, unique with the authority. */
  CF_WSH?: Wire;
  /** 违法行为类型 — violation type. */
  CF_WFXW?: Wire;
  /** 违法事实 — facts. */
  CF_SY?: Wire;
  /** 处罚依据 — legal basis. */
  CF_YJ?: Wire;
  /** 处罚类别 — penalty kinds, several joined by `,` `、` `;` and their full-width forms. */
  CF_CFLB?: Wire;
  /** 处罚内容 — content text. */
  CF_NR?: Wire;
  /** 罚款金额 — fine, in 万元. */
  CF_NR_FK?: Wire;
  /** 没收违法所得、没收非法财物的金额 — confiscated amount, in 万元. */
  CF_NR_WFFF?: Wire;
  /** 暂扣或吊销证照名称及编号 — licence suspended or revoked. */
  CF_NR_ZKDX?: Wire;
  /** 处罚决定日期 — `YYYY/MM/DD`. */
  CF_JDRQ?: Wire;
  /** 处罚有效期 — `YYYY/MM/DD`. */
  CF_YXQ?: Wire;
  /** 公示截止期 — publicity end, `YYYY/MM/DD`; wins over the computed window (policy.md). */
  CF_GSJZQ?: Wire;
  /** 处罚机关 — authority name. */
  CF_CFJG?: Wire;
  /** 处罚机关统一社会信用代码 — authority USCC. */
  CF_CFJGDM?: Wire;
  /** 数据来源单位 — data source. */
  CF_SJLY?: Wire;
  /** 数据来源单位统一社会信用代码 — placeholder codes occur. */
  CF_SJLYDM?: Wire;
  /** 备注 — remark. */
  BZ?: Wire;
}

/** `/credit/sgs/xyxf` — 信用修复: a repaired penalty, same key as the penalty. */
export interface RepairWire extends WireChange {
  CF_WSH?: Wire;
  CF_CFJG?: Wire;
  CF_CFJGDM?: Wire;
  /** 修复日期 — `YYYY/MM/DD`; from this day the penalty leaves public view. */
  XFRQ?: Wire;
  /** 修复机关 — repairing authority. */
  XFJG?: Wire;
}

/** `/credit/qyxx` — organisation register (企业信息). Key `TYSHXYDM`. */
export interface OrganizationWire extends WireChange {
  /** 统一社会信用代码. */
  TYSHXYDM?: Wire;
  /** 企业名称. */
  QYMC?: Wire;
  /** 企业类型. */
  QYLX?: Wire;
  /** 法定代表人. */
  FDDBR?: Wire;
  /** 成立日期 — `YYYY-MM-DD`. */
  CLRQ?: Wire;
  /** 登记机关. */
  DJJG?: Wire;
  /** 登记状态 — 存续, 在业, 吊销, 注销, 迁出. */
  DJZT?: Wire;
  /** 注册地址 — stored, never exposed (it may be a home address). */
  ZCDZ?: Wire;
  /** 行政区划代码 — 6 digits (GB/T 2260). */
  XZQHDM?: Wire;
}

/** `/credit/sxbzxr` — 失信被执行人 (domains.md §4.3). Key `AH` + `BZXRMC`. */
export interface DefaulterWire extends WireChange {
  /** 案号 — case number. */
  AH?: Wire;
  /** 被执行人名称. */
  BZXRMC?: Wire;
  /** 证件号码 / 组织机构代码 — masked upstream for persons (`110101********1234`). */
  ZJHM?: Wire;
  /** 法定代表人或负责人. */
  FDDBR?: Wire;
  /** 执行法院. */
  ZXFY?: Wire;
  /** 省份. */
  SF?: Wire;
  /** 执行依据文号. */
  ZXYJWH?: Wire;
  /** 做出执行依据单位. */
  ZCZXYJDW?: Wire;
  /** 立案时间. */
  LARQ?: Wire;
  /** 生效法律文书确定的义务. */
  YW?: Wire;
  /** 履行情况 — 已履行 / 未履行 / 部分履行. */
  LXQK?: Wire;
  /** 失信被执行人具体情形. */
  SXJTQX?: Wire;
  /** 发布时间. */
  FBSJ?: Wire;
}

/** `/credit/jyyc` — 经营异常名录. Key `TYSHXYDM` + `LRRQ` + `LRYY`. */
export interface AbnormalListingWire extends WireChange {
  TYSHXYDM?: Wire;
  QYMC?: Wire;
  /** 列入原因 / 列入日期 / 列入机关. */
  LRYY?: Wire;
  LRRQ?: Wire;
  LRJG?: Wire;
  /** 移出原因 / 移出日期 / 移出机关 — empty while the company is still listed. */
  YCYY?: Wire;
  YCRQ?: Wire;
  YCJG?: Wire;
}

/**
 * One record of a permit file `/credit/files/xzxk/<name>` (行政许可, GB18030 CSV), keyed by the
 * header's Chinese column names. Key 许可机关统一社会信用代码 + 行政许可决定文书号.
 */
export interface PermitCsvRecord {
  行政相对人名称?: Wire;
  行政相对人类别?: Wire;
  统一社会信用代码?: Wire;
  法定代表人?: Wire;
  行政许可决定文书名称?: Wire;
  行政许可决定文书号?: Wire;
  /** 普通, 特许, 认可, 核准, 登记, 其他. */
  许可类别?: Wire;
  许可证书名称?: Wire;
  许可编号?: Wire;
  许可内容?: Wire;
  许可决定日期?: Wire;
  有效期自?: Wire;
  /** `2099/12/31` means long-term (长期). */
  有效期至?: Wire;
  许可机关?: Wire;
  许可机关统一社会信用代码?: Wire;
  /** `1` 有效, `2` 无效. */
  当前状态?: Wire;
  数据来源单位?: Wire;
  数据来源单位统一社会信用代码?: Wire;
  备注?: Wire;
  /** `I` / `U` / `D`, like CZLX. */
  操作类型?: Wire;
  /** Like GKSX. */
  公开属性?: Wire;
}
