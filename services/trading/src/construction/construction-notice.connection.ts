import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { ConstructionNotice } from './construction-notice.type';

@ObjectType({ description: '招标公告列表 — a page of construction notices' })
export class ConstructionNoticeConnection extends Connection(ConstructionNotice, 'ConstructionNotice') {}
