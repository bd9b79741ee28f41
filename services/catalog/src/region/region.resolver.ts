import { paged } from '@keyfield/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context';
import { RegionConnection } from './region.connection';
import { Region } from './region.entity';
import { RegionArgs } from './region.inputs';
import { assertRegionCode } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: '行政区划 — one region by its current code' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: CatalogContext): Promise<Region | null> {
    return ctx.regions.byCode(ctx.loaders, assertRegionCode(code, 'code'));
  }

  @Query(() => RegionConnection, { description: '行政区划列表 — regions, ordered by code' })
  regions(@Args() args: RegionArgs, @Ctx() ctx: CatalogContext): Promise<RegionConnection> {
    const { filter, first, after } = paged(args);
    return ctx.regions.list(filter, first, after) as unknown as Promise<RegionConnection>;
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
