import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { CandidatePublicity } from './candidate-publicity.type';

@ObjectType({ description: '中标候选人公示列表 — a page of candidate publicities' })
export class CandidatePublicityConnection extends Connection(CandidatePublicity, 'CandidatePublicity') {}
