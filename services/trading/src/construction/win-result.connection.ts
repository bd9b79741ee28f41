import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { ConstructionWinResult } from './win-result.type';

@ObjectType({ description: '中标结果公示列表 — a page of construction win results' })
export class WinResultConnection extends Connection(ConstructionWinResult, 'ConstructionWinResult') {}
