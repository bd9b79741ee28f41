import { Field, Int, ObjectType } from 'type-graphql';
import { TradingParty } from '../shared/trading-party.type';

/** 中标统计 — what one winner won: awards and amount. */
@ObjectType({ description: '中标统计 — awards of one winner (by code; by name as published where no code was)', simpleResolvers: true })
export class WinnerAwards {
  @Field(() => TradingParty, { description: '中标人 — the winner' })
  winner!: TradingParty;

  @Field(() => Int, { description: '中标次数 — awards (construction win results and procurement results) naming it' })
  count!: number;

  @Field({ description: '中标金额 — its amounts summed, in 元, a decimal string (entries without an amount add nothing)' })
  amountYuan!: string;
}
