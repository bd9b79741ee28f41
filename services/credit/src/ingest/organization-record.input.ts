import { InputType } from 'type-graphql';
import { WireChangeInput } from './wire-change.input';
import { WireField } from './wire-field';

/** One 企业信息 record as `/credit/qyxx` sends it. Key `TYSHXYDM`. */
@InputType({ description: '企业信息记录 — one organisation-register record in its wire fields (feeds.md /credit/qyxx); key TYSHXYDM' })
export class OrganizationRecordInput extends WireChangeInput {
  @WireField('统一社会信用代码 — USCC (required; kept and flagged when it fails its checks)')
  TYSHXYDM?: string | null;

  @WireField('企业名称 — name (required)')
  QYMC?: string | null;

  @WireField('企业类型 — kind')
  QYLX?: string | null;

  @WireField('法定代表人 — legal representative')
  FDDBR?: string | null;

  @WireField('成立日期 — founded, `YYYY-MM-DD`')
  CLRQ?: string | null;

  @WireField('登记机关 — registering office')
  DJJG?: string | null;

  @WireField('登记状态 — status: 存续, 在业, 吊销, 注销, 迁出')
  DJZT?: string | null;

  @WireField('注册地址 — registered address (stored, never shown)')
  ZCDZ?: string | null;

  @WireField('行政区划代码 — region code, 6 digits (GB/T 2260)')
  XZQHDM?: string | null;
}
