import { InputType } from 'type-graphql';
import { WireChangeInput } from './wire-change.input';
import { WireField } from './wire-field';

/** One 经营异常名录 record as `/credit/jyyc` sends it. Key `TYSHXYDM` + `LRRQ` + `LRYY`. */
@InputType({ description: '经营异常名录记录 — one abnormal-operation listing in its wire fields (feeds.md /credit/jyyc); key TYSHXYDM + LRRQ + LRYY' })
export class AbnormalListingRecordInput extends WireChangeInput {
  @WireField('统一社会信用代码 — the listed company’s USCC (required)')
  TYSHXYDM?: string | null;

  @WireField('企业名称 — company name (required)')
  QYMC?: string | null;

  @WireField('列入原因 — listed reason (required)')
  LRYY?: string | null;

  @WireField('列入日期 — listed on (required)')
  LRRQ?: string | null;

  @WireField('列入机关 — listing authority')
  LRJG?: string | null;

  @WireField('移出原因 — removed reason; empty while listed')
  YCYY?: string | null;

  @WireField('移出日期 — removed on; empty while listed')
  YCRQ?: string | null;

  @WireField('移出机关 — removing authority; empty while listed')
  YCJG?: string | null;
}
