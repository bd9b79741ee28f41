import type { RequestContext } from '@keyfield/core';
import type { RegionService } from './region/region.service';

/** What catalog resolvers receive: the request basics plus the catalog's services. */
export interface CatalogContext extends RequestContext {
  regions: RegionService;
}
