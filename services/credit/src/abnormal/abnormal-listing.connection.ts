import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { AbnormalListing } from './abnormal-listing.type';

@ObjectType({ description: '经营异常名录列表 — a page of abnormal-operations listings' })
export class AbnormalListingConnection extends Connection(AbnormalListing, 'AbnormalListing') {}
