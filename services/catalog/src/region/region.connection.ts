import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { Region } from './region.entity';

@ObjectType({ description: '行政区划列表 — a page of regions' })
export class RegionConnection extends Connection(Region, 'Region') {}
