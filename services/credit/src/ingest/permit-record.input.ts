import { InputType } from 'type-graphql';
import { WireField } from './wire-field';

/**
 * One 行政许可 record. The file feed names its columns in Chinese, which GraphQL cannot, so the
 * input takes the XK_* names of domains.md §4.2 (the subject block as in CF_*); `permitWireOf`
 * maps them back to the CSV headers before the converter. Key `XK_XKJGDM` + `XK_WSH`.
 */
@InputType({ description: '行政许可记录 — one permit record, its CSV columns under their XK_* names (domains.md §4.2); key XK_XKJGDM + XK_WSH' })
export class PermitRecordInput {
  @WireField('行政相对人名称 — subject name (required)')
  XK_XDR_MC?: string | null;

  @WireField('行政相对人类别 — 法人及非法人组织, 自然人 or 个体工商户 (required)')
  XK_XDR_LB?: string | null;

  @WireField('统一社会信用代码 — subject USCC')
  XK_XDR_SHXYM?: string | null;

  @WireField('法定代表人 — legal representative')
  XK_FRDB?: string | null;

  @WireField('行政许可决定文书名称 — decision document title')
  XK_XKWS?: string | null;

  @WireField('行政许可决定文书号 — decision document number (required)')
  XK_WSH?: string | null;

  @WireField('许可类别 — permit kind: 普通, 特许, 认可, 核准, 登记, 其他')
  XK_XKLB?: string | null;

  @WireField('许可证书名称 — certificate name')
  XK_XKZS?: string | null;

  @WireField('许可编号 — permit number')
  XK_XKBH?: string | null;

  @WireField('许可内容 — content')
  XK_NR?: string | null;

  @WireField('许可决定日期 — decision date (required)')
  XK_JDRQ?: string | null;

  @WireField('有效期自 — valid from')
  XK_YXQZ?: string | null;

  @WireField('有效期至 — valid to; `2099/12/31` or 长期 means long-term')
  XK_YXQZI?: string | null;

  @WireField('许可机关 — permitting authority (required)')
  XK_XKJG?: string | null;

  @WireField('许可机关统一社会信用代码 — the authority’s USCC (required)')
  XK_XKJGDM?: string | null;

  @WireField('当前状态 — status: `1` 有效 (valid), `2` 无效 (invalid)')
  XK_ZT?: string | null;

  @WireField('数据来源单位 — data source')
  XK_LYDW?: string | null;

  @WireField('数据来源单位统一社会信用代码 — the data source’s USCC')
  XK_LYDWDM?: string | null;

  @WireField('备注 — remark')
  BZ?: string | null;

  @WireField('操作类型 — `I`, `U` or `D` (withdraws the record), or 新增/修改/删除; missing means `I`')
  CZLX?: string | null;

  @WireField('公开属性 — 主动公开, 依申请公开 or 不予公开; missing is read as 依申请公开')
  GKSX?: string | null;
}
