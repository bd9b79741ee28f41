import { InputType } from 'type-graphql';
import { WireChangeInput } from './wire-change.input';
import { WireField } from './wire-field';

/** One 信用修复 record as `/credit/sgs/xyxf` sends it; keyed like the penalty it repairs. */
@InputType({ description: '信用修复记录 — one credit-repair record in its wire fields (feeds.md /credit/sgs/xyxf); key CF_WSH + CF_CFJGDM' })
export class RepairRecordInput extends WireChangeInput {
  @WireField('行政处罚决定书文号 — number of the repaired penalty decision (required)')
  CF_WSH?: string | null;

  @WireField('处罚机关 — the penalty’s authority')
  CF_CFJG?: string | null;

  @WireField('处罚机关统一社会信用代码 — the penalty authority’s USCC (required)')
  CF_CFJGDM?: string | null;

  @WireField('修复日期 — repair date, `YYYY/MM/DD` (required); from it the penalty leaves public view')
  XFRQ?: string | null;

  @WireField('修复机关 — repairing authority')
  XFJG?: string | null;
}
