import { InputType } from 'type-graphql';
import { WireChangeInput } from './wire-change.input';
import { WireField } from './wire-field';

/** One 失信被执行人 record as `/credit/sxbzxr` sends it (domains.md §4.3). Key `AH` + `BZXRMC`. */
@InputType({ description: '失信被执行人记录 — one judgment-defaulter record in its wire fields (feeds.md /credit/sxbzxr); key AH + BZXRMC' })
export class JudgmentDefaulterRecordInput extends WireChangeInput {
  @WireField('案号 — case number (required)')
  AH?: string | null;

  @WireField('被执行人名称 — defaulter name (required)')
  BZXRMC?: string | null;

  @WireField('证件号码/组织机构代码 — id number (masked upstream for persons) or organisation code')
  ZJHM?: string | null;

  @WireField('法定代表人或负责人 — legal representative or person in charge')
  FDDBR?: string | null;

  @WireField('执行法院 — enforcing court')
  ZXFY?: string | null;

  @WireField('省份 — province')
  SF?: string | null;

  @WireField('执行依据文号 — basis document number')
  ZXYJWH?: string | null;

  @WireField('做出执行依据单位 — issuer of the basis document')
  ZCZXYJDW?: string | null;

  @WireField('立案时间 — filing date')
  LARQ?: string | null;

  @WireField('生效法律文书确定的义务 — obligation')
  YW?: string | null;

  @WireField('履行情况 — performance: 已履行, 未履行, 部分履行')
  LXQK?: string | null;

  @WireField('失信被执行人具体情形 — behaviour')
  SXJTQX?: string | null;

  @WireField('发布时间 — publication date')
  FBSJ?: string | null;
}
