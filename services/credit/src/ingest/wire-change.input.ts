import { InputType } from 'type-graphql';
import { WireField } from './wire-field';

/** The change-tracking fields every JSON-list record carries: 时间戳, 操作类型, 公开属性. */
// Never referenced by a field, so never emitted: it only lends its fields to the record inputs.
@InputType()
export abstract class WireChangeInput {
  @WireField('时间戳 — last change upstream, `YYYY-MM-DD HH:mm:ss` Asia/Shanghai (required)')
  SJC?: string | null;

  @WireField('操作类型 — `I` insert, `U` update, `D` delete (withdraws the record); missing means `I`')
  CZLX?: string | null;

  @WireField('公开属性 — 主动公开, 依申请公开 or 不予公开; missing is read as 依申请公开')
  GKSX?: string | null;
}
