import { ObjectType } from 'type-graphql';
import { ProcurementRecord } from './procurement-record.type';

/** 政府采购公告 — a procurement notice of any of the 13 types (results and contracts included). */
@ObjectType({ description: '政府采购公告 — a procurement notice of any of the 13 types; results and contracts also have their own lists', simpleResolvers: true })
export class ProcurementNotice extends ProcurementRecord {}
