import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The catalog's 行政区划 (Region), extended here with what the trading domain knows of it
 * (`procurement`, `procurementVolume`); the catalog subgraph resolves its other fields.
 */
@Directive('@key(fields: "code")')
@ObjectType('Region', { description: '行政区划 — administrative division (GB/T 2260); owned by the catalog subgraph' })
export class TradingRegion {
  @Field({ description: '行政区划代码 — 6-digit division code' })
  code!: string;
}

/** The region of a stored code, or null. */
export const tradingRegionOf = (code: string | null): TradingRegion | null => (code ? { code } : null);
