import { Connection } from '@keyfield/core';
import { ObjectType } from 'type-graphql';
import { Permit } from './permit.type';

@ObjectType({ description: '行政许可列表 — a page of permits' })
export class PermitConnection extends Connection(Permit, 'Permit') {}
