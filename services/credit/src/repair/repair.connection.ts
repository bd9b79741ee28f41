import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { CreditRepair } from './repair.type';

@ObjectType({ description: '信用修复列表 — a page of credit repairs' })
export class CreditRepairConnection extends Connection(CreditRepair, 'CreditRepair') {}
