import { Directive, Field, ObjectType } from 'type-graphql';
import { NotPublicReason } from './not-public-reason';

/** 公开状态 — whether a record is in public view now, and if not, why and since when. */
@Directive('@shareable')
@ObjectType({ description: '公开状态 — whether a record is in public view now; the public only ever sees records that are', simpleResolvers: true })
export class Publicity {
  @Field({ description: '是否公开 — in public view now' })
  isPublic!: boolean;

  @Field(() => NotPublicReason, { nullable: true, description: '不公开原因 — why not (null when public)' })
  reason!: NotPublicReason | null;

  @Field(() => String, { nullable: true, description: '起始 — since when it is not public (ISO date or date-time)' })
  since!: string | null;
}

/** The Publicity of a row that carries the `hiddenReason` / `hiddenSince` columns of `publicityColumns`. */
export function publicityOf(row: { hiddenReason?: string | null; hiddenSince?: string | null }): Publicity {
  const reason = (row.hiddenReason ?? null) as NotPublicReason | null;
  return { isPublic: reason === null, reason, since: reason === null ? null : row.hiddenSince ?? null };
}
