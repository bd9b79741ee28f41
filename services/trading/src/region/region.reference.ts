import type { TradingRegion } from '../shared/trading-region.type';

/** Resolves `Region` references: the code is all trading needs; its lists are batched per level. */
export const regionReference = {
  __resolveReference(ref: { code: string }): TradingRegion {
    return { code: ref.code };
  },
};
