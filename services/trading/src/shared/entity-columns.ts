import type { EntitySchemaColumnOptions } from 'typeorm';

/**
 * The trading tables' columns for TypeORM, block by block as the migration writes them (reads are
 * plain SQL: these exist so a test can prove the entities and the migrations agree).
 */
export type Columns = Record<string, EntitySchemaColumnOptions>;

const text: EntitySchemaColumnOptions = { type: 'text', nullable: true };
const required: EntitySchemaColumnOptions = { type: 'text' };
const instant: EntitySchemaColumnOptions = { type: 'timestamptz', nullable: true };
const region: EntitySchemaColumnOptions = { type: 'varchar', length: 12, nullable: true };
const texts: EntitySchemaColumnOptions = { type: 'text', array: true };

/** The surrogate id and the provenance and sync columns of every synced table. */
export const SYNCED: Columns = {
  // EntitySchema's typings lag its transformer, which takes 'identity' as PrimaryGeneratedColumn does
  // (the migration makes it GENERATED ALWAYS; an entity schema cannot say so, nor does the diff look).
  id: { type: 'bigint', primary: true, generated: 'identity' as 'increment' },
  disclosure: { type: 'varchar', length: 8, nullable: true },
  operation: { type: 'char', length: 1, default: 'I' },
  upstream_changed_at: { type: 'timestamptz' },
  source: required,
  source_key: required,
  fetched_at: { type: 'timestamptz' },
  updated_at: { type: 'timestamptz', default: () => 'now()' },
  withdrawn_at: instant,
  withdrawal_reason: text,
  content_hash: required,
  raw_page_id: { type: 'bigint', nullable: true },
};

export const PLATFORM: Columns = { platform_code: text, unified_deal_code: text, region_code: region, trade_place_code: text, url: text };

export const PRICE: Columns = { price_unit_code: text, currency_code: text, price_unit_corrected: { type: 'boolean', default: false } };

export const TENDER: Columns = { tender_project_code: required, project_code: text, bid_section_codes: texts };

export const PARCEL: Columns = {
  land_code: required, land_position: text, land_area: { type: 'numeric', nullable: true }, land_usage: text, lend_age_limit: text, transfer_mode: text,
};

export const money = (p: string): Columns => ({ [`${p}_amount`]: { type: 'numeric', nullable: true }, [`${p}_unit`]: { type: 'varchar', length: 4, nullable: true }, [`${p}_yuan`]: { type: 'numeric', nullable: true } });

export const party = (p: string): Columns => ({
  [`${p}_name`]: text, [`${p}_code_type`]: text, [`${p}_code`]: text, [`${p}_uscc_valid`]: { type: 'boolean', nullable: true }, [`${p}_code_warning`]: text,
});

export const parties = (p: string, one: string): Columns => ({ [`${p}_json`]: required, [`${one}_codes`]: texts, [`${one}_uncoded_names`]: texts });

/** The columns of every procurement notice table. */
export const NOTICE: Columns = {
  notice_id: required, notice_type: required, title: required, project_code: text, project_name: text, ...party('purchaser'), ...party('agency'),
  purchase_method: text, ...money('budget'), published_at: instant, region_code: region, content: text,
};

export { instant, region, required, text };

/** Indexes the migration creates that TypeORM should leave alone (GIN, pattern ops, DESC). */
export const managedIndexes = (...names: string[]) => names.map((name) => ({ name, synchronize: false as const }));

/** The four indexes of each procurement table. */
export const procurementIndexes = (t: string) => managedIndexes(`${t}_project`, `${t}_published`, `${t}_region`, `${t}_purchaser`);
