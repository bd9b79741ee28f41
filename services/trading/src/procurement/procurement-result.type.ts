import { Field, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';
import { ProcurementRecord } from './procurement-record.type';

/** 中标（成交）结果 — a procurement award result with its winners. */
@ObjectType({ description: '中标（成交）结果 — procurement award result (BID_DEAL_ANNOUNCE)', simpleResolvers: true })
export class ProcurementResult extends ProcurementRecord {
  @Field(() => [TradingParty], { description: '中标（成交）供应商 — winners (a consortium is several), with amounts in 元' })
  winners!: TradingParty[];
}
