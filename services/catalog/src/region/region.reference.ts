import type { CatalogContext } from '../context';
import type { Region } from './region.entity';

/** Resolves `Region` references from other subgraphs through the per-request loader. */
export const regionReference = {
  __resolveReference(ref: { code: string }, ctx: CatalogContext): Promise<Region | null> {
    return ctx.regions.byCode(ctx.loaders, ref.code);
  },
};
