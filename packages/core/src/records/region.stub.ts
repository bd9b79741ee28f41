import { Directive, Field, ObjectType } from 'type-graphql';

/** The catalog's Region, referenced by code; the catalog subgraph resolves its fields. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Region')
export class RegionRef {
  @Field()
  code!: string;
}

/** A reference for a stored code, or null. */
export const regionRef = (code: string | null): RegionRef | null => (code ? { code } : null);
