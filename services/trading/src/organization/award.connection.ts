import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { TradingAward } from './award.type';

@ObjectType({ description: '中标列表 — a page of awards' })
export class TradingAwardConnection extends Connection(TradingAward, 'TradingAward') {}
