import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { JudgmentDefaulter } from './defaulter.type';

@ObjectType({ description: '失信被执行人列表 — a page of judgment defaulters' })
export class JudgmentDefaulterConnection extends Connection(JudgmentDefaulter, 'JudgmentDefaulter') {}
