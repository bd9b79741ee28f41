import { pageSize } from '@keyfield/core';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context';
import { RegionConnection } from './region.connection';
import { Region } from './region.entity';
import { RegionFilter } from './region.inputs';
import { assertRegionCode } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: '行政区划 — one region by its current code' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: CatalogContext): Promise<Region | null> {
    return ctx.regions.byCode(ctx.loaders, assertRegionCode(code, 'code'));
  }

  @Query(() => RegionConnection, { description: '行政区划列表 — regions, ordered by code' })
  regions(
    @Ctx() ctx: CatalogContext,
    @Arg('filter', () => RegionFilter, { nullable: true }) filter?: RegionFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<RegionConnection> {
    return ctx.regions.list(filter, pageSize(first), after) as unknown as Promise<RegionConnection>;
  }

  @FieldResolver(() => Region, { nullable: true, description: '上级 — the parent division' })
  parent(@Root() region: Region, @Ctx() ctx: CatalogContext): Promise<Region | null> | null {
    return region.parentCode ? ctx.regions.byCode(ctx.loaders, region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: '下级 — the current direct subdivisions' })
  children(@Root() region: Region, @Ctx() ctx: CatalogContext): Promise<Region[]> {
    return ctx.regions.children(ctx.loaders, region.code);
  }
}
