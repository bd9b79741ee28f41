import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { LandDeal } from './land-deal.type';
import { LandTransferNotice } from './land-transfer-notice.type';

@ObjectType({ description: '土地出让公告列表 — a page of land transfer notices' })
export class LandTransferNoticeConnection extends Connection(LandTransferNotice, 'LandTransferNotice') {}

@ObjectType({ description: '土地出让成交列表 — a page of land deals' })
export class LandDealConnection extends Connection(LandDeal, 'LandDeal') {}
