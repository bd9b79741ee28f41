import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { SyncRun } from './sync-run.type';

@ObjectType({ description: '同步运行列表 — a page of runs, newest first' })
export class SyncRunConnection extends Connection(SyncRun, 'SyncRun') {}
