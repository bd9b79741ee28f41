import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { HeldSnapshot } from './held-snapshot.type';

@ObjectType({ description: '暂扣快照列表 — a page of held snapshots, newest first' })
export class HeldSnapshotConnection extends Connection(HeldSnapshot, 'HeldSnapshot') {}
