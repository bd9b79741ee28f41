import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { RegionLevel } from './region-level';

/**
 * 行政区划 — an administrative division (GB/T 2260). Codes are reused and renamed over the years,
 * so one code can have several rows, each valid over [validFrom, validTo).
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: '行政区划 — administrative division (GB/T 2260)', simpleResolvers: true })
@Entity({ schema: 'catalog', name: 'region' })
// NULLS NOT DISTINCT (one row per code with no start date) is beyond TypeORM's index options.
@Index('region_code_valid_from', { synchronize: false })
@Index('region_parent', ['parentCode', 'code'])
@Index('region_level_code', ['level', 'code'])
@Check('region_valid_range', 'valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from')
export class Region {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id!: number;

  @Field({ description: '行政区划代码 — 6-digit division code, a string (leading zeros kept)' })
  @Column({ type: 'varchar', length: 12 })
  code!: string;

  @Field({ description: '名称 — name as published' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: '全称 — name with its parents (福建省厦门市海沧区)' })
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Field(() => RegionLevel)
  @Column({ type: 'varchar', length: 16 })
  level!: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode!: string | null;

  @Field(() => String, { nullable: true, description: '启用日期 — first day this code and name applied (null: before records)' })
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: '停用日期 — first day it no longer applied (null: current)' })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;
}
