import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { Organization } from './organization.type';

@ObjectType({ description: '市场主体列表 — a page of organisations' })
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
