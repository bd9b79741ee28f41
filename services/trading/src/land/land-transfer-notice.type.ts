import { Money } from '@keyfield/core';
import { Field, ObjectType } from 'type-graphql';
import { ParcelRecord } from './parcel-fields';

/** 国有建设用地使用权出让公告 — a land transfer notice of one parcel. */
@ObjectType({ description: '国有建设用地使用权出让公告 — land-use-right transfer notice (TRANSFER_NOTICE)', simpleResolvers: true })
export class LandTransferNotice extends ParcelRecord {
  @Field({ description: '公告发布时间 — NOTICE_SEND_TIME, ISO 8601 at +08:00' })
  sentAt!: string;

  @Field({ description: '公告名称 — title' })
  noticeName!: string;

  @Field(() => String, { nullable: true, description: '公告内容 — HTML as published' })
  noticeContent!: string | null;

  @Field(() => Money, { nullable: true, description: '起始价 — starting price' })
  startPrice!: Money | null;

  @Field(() => Money, { nullable: true, description: '竞买保证金 — deposit' })
  deposit!: Money | null;

  @Field(() => String, { nullable: true, description: '容积率 — plot ratio, as published (1.0-2.5)' })
  plotRatio!: string | null;
}
