import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { QuarantineEntry } from './quarantine-entry.type';

@ObjectType({ description: '隔离列表 — a page of quarantine entries, newest first' })
export class QuarantineEntryConnection extends Connection(QuarantineEntry, 'QuarantineEntry') {}
