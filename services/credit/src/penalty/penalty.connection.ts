import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { Penalty } from './penalty.type';

@ObjectType({ description: '行政处罚列表 — a page of penalties' })
export class PenaltyConnection extends Connection(Penalty, 'Penalty') {}
