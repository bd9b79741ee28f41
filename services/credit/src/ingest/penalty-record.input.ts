import { InputType } from 'type-graphql';
import { WireChangeInput } from './wire-change.input';
import { WireField } from './wire-field';

/** One 行政处罚 record as `/credit/sgs/xzcf` sends it (domains.md §4.1). Key `CF_WSH` + `CF_CFJGDM`. */
@InputType({ description: '行政处罚记录 — one penalty record in its wire fields (双公示 CF_*, feeds.md); key CF_WSH + CF_CFJGDM' })
export class PenaltyRecordInput extends WireChangeInput {
  @WireField('行政相对人名称 — subject name (required)')
  CF_XDR_MC?: string | null;

  @WireField('行政相对人类别 — 法人及非法人组织, 自然人 or 个体工商户 (required)')
  CF_XDR_LB?: string | null;

  @WireField('统一社会信用代码 — subject USCC (a legacy 15-digit 工商注册号 is accepted)')
  CF_XDR_SHXYM?: string | null;

  @WireField('工商注册号 — legacy business registration number')
  CF_XDR_GSZC?: string | null;

  @WireField('组织机构代码 — organisation code')
  CF_XDR_ZZJG?: string | null;

  @WireField('税务登记号 — tax registration number')
  CF_XDR_SWDJ?: string | null;

  @WireField('事业单位证书号 — public institution certificate number')
  CF_XDR_SYDW?: string | null;

  @WireField('社会组织登记证号 — social organisation registration number')
  CF_XDR_SHZZ?: string | null;

  @WireField('法定代表人 — legal representative')
  CF_FRDB?: string | null;

  @WireField('法定代表人证件类型 — legal representative’s id type')
  CF_FR_ZJLX?: string | null;

  @WireField('法定代表人证件号码 — legal representative’s id number (stored, never shown)')
  CF_FR_ZJHM?: string | null;

  @WireField('证件类型 — a natural person’s id type (身份证, 护照号, …)')
  CF_XDR_ZJLX?: string | null;

  @WireField('证件号码 — a natural person’s id number (stored, never shown)')
  CF_XDR_ZJHM?: string | null;

  @WireField('行政处罚决定书文号 — penalty decision number, unique with the authority (required)')
  CF_WSH?: string | null;

  @WireField('违法行为类型 — violation type')
  CF_WFXW?: string | null;

  @WireField('违法事实 — facts')
  CF_SY?: string | null;

  @WireField('处罚依据 — legal basis')
  CF_YJ?: string | null;

  @WireField('处罚类别 — penalty kinds (警告, 罚款, …), several joined by , 、 or ;')
  CF_CFLB?: string | null;

  @WireField('处罚内容 — content text')
  CF_NR?: string | null;

  @WireField('罚款金额 — fine, in 万元 (a decimal)')
  CF_NR_FK?: string | null;

  @WireField('没收违法所得、没收非法财物的金额 — confiscated amount, in 万元 (a decimal)')
  CF_NR_WFFF?: string | null;

  @WireField('暂扣或吊销证照名称及编号 — licence suspended or revoked')
  CF_NR_ZKDX?: string | null;

  @WireField('处罚决定日期 — decision date, `YYYY/MM/DD` (required)')
  CF_JDRQ?: string | null;

  @WireField('处罚有效期 — valid until, `YYYY/MM/DD`')
  CF_YXQ?: string | null;

  @WireField('公示截止期 — publicity end, `YYYY/MM/DD`')
  CF_GSJZQ?: string | null;

  @WireField('处罚机关 — deciding authority (required)')
  CF_CFJG?: string | null;

  @WireField('处罚机关统一社会信用代码 — the authority’s USCC (required)')
  CF_CFJGDM?: string | null;

  @WireField('数据来源单位 — data source')
  CF_SJLY?: string | null;

  @WireField('数据来源单位统一社会信用代码 — the data source’s USCC')
  CF_SJLYDM?: string | null;

  @WireField('备注 — remark')
  BZ?: string | null;
}
