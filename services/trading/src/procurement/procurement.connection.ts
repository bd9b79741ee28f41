import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { ProcurementContract } from './procurement-contract.type';
import { ProcurementNotice } from './procurement-notice.type';
import { ProcurementResult } from './procurement-result.type';

@ObjectType({ description: '政府采购公告列表 — a page of procurement notices' })
export class ProcurementNoticeConnection extends Connection(ProcurementNotice, 'ProcurementNotice') {}

@ObjectType({ description: '中标（成交）结果列表 — a page of procurement results' })
export class ProcurementResultConnection extends Connection(ProcurementResult, 'ProcurementResult') {}

@ObjectType({ description: '政府采购合同列表 — a page of procurement contracts' })
export class ProcurementContractConnection extends Connection(ProcurementContract, 'ProcurementContract') {}
