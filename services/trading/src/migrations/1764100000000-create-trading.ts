import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every synced record carries the same provenance and sync columns (api.md "Provenance"); each row
// points at the raw page it was last converted from (sync.raw_page).
const PROVENANCE = `
  disclosure varchar(8),
  operation char(1) NOT NULL DEFAULT 'I',
  upstream_changed_at timestamptz NOT NULL,
  source text NOT NULL,
  source_key text NOT NULL,
  fetched_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawal_reason text,
  content_hash text NOT NULL,
  raw_page_id bigint`;

// The national trading platform's identity of a record: platform, deal code, region, place, link.
const PLATFORM = `
  platform_code text, unified_deal_code text, region_code varchar(12), trade_place_code text, url text,`;

// Price-unit code (1 元, 2 万元) and currency as published; whether the site corrected the unit.
const PRICE = `
  price_unit_code text, currency_code text, price_unit_corrected boolean NOT NULL DEFAULT false,`;

/** An amount as published, its unit and its exact value in 元. */
const money = (p: string): string => `${p}_amount numeric, ${p}_unit varchar(4), ${p}_yuan numeric,`;

/** A named party; its code kept as published and flagged when it is not a valid USCC. */
const party = (p: string): string => `${p}_name text, ${p}_code_type text, ${p}_code text, ${p}_uscc_valid boolean, ${p}_code_warning text,`;

/**
 * A list of parties as published (JSON text, read as jsonb in queries), its codes for joins, and the
 * normalised names (名称比对键) of the parties published without a code, for matching by name only there.
 */
const parties = (p: string, one: string): string =>
  `${p}_json text NOT NULL, ${one}_codes text[] NOT NULL, ${one}_uncoded_names text[] NOT NULL,`;

// The columns every procurement notice has, whatever its type (采购意向 … 合同).
const NOTICE = `
  notice_id text NOT NULL,
  notice_type text NOT NULL,
  title text NOT NULL,
  project_code text,
  project_name text,
  ${party('purchaser')}
  ${party('agency')}
  purchase_method text,
  ${money('budget')}
  published_at timestamptz,
  region_code varchar(12),
  content text,`;

// The tender block of construction records: the tender project code joins one project's life cycle.
const TENDER = `
  tender_project_code text NOT NULL, project_code text, bid_section_codes text[] NOT NULL,`;

// The parcel (宗地) columns of land notices and deals; area in 平方米.
const PARCEL = `
  land_code text NOT NULL, land_position text, land_area numeric, land_usage text, lend_age_limit text, transfer_mode text,`;

/**
 * The public-resource trading domain (domains.md §2): construction tenders (notice, change,
 * candidates, result) and land transfers from the city trading site, procurement notices of the 13
 * types, results and contracts from the provincial procurement site. One project's life cycle is
 * joined on its tender project code (construction) or project code (procurement).
 */
export class CreateTrading1764100000000 implements MigrationInterface {
  name = 'CreateTrading1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE trading.construction_notice (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${TENDER}
      notice_nature varchar(2) NOT NULL,
      notice_send_time varchar(14) NOT NULL,
      notice_sent_at timestamptz NOT NULL,
      notice_name text NOT NULL,
      notice_content text,
      notice_media text,
      bulletin_type text,
      doc_get_start_at timestamptz, doc_get_end_at timestamptz, bid_doc_refer_end_at timestamptz, bid_open_at timestamptz,
      ${money('doc_price')}
      ${party('tenderer')}
      ${party('agency')}
      ${PLATFORM}
      ${PROVENANCE},
      CONSTRAINT construction_notice_natural_key UNIQUE (tender_project_code, notice_nature, notice_send_time))`);
    await q.query('CREATE INDEX construction_notice_sent ON trading.construction_notice (notice_sent_at DESC, id DESC)');
    await q.query('CREATE INDEX construction_notice_region ON trading.construction_notice (region_code varchar_pattern_ops, notice_sent_at DESC, id DESC)');

    await q.query(`CREATE TABLE trading.construction_candidate_publicity (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${TENDER}
      publicity_name text NOT NULL,
      publicity_content text,
      publicity_start_at timestamptz, publicity_end_at timestamptz,
      ${PRICE}
      ${parties('candidates', 'candidate')}
      ${PLATFORM}
      ${PROVENANCE},
      CONSTRAINT construction_candidate_publicity_natural_key UNIQUE (tender_project_code))`);
    await q.query('CREATE INDEX construction_candidate_codes ON trading.construction_candidate_publicity USING gin (candidate_codes)');

    await q.query(`CREATE TABLE trading.construction_win_result (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${TENDER}
      notice_name text NOT NULL,
      notice_content text,
      notice_sent_at timestamptz,
      ${PRICE}
      ${parties('winners', 'winner')}
      ${PLATFORM}
      ${PROVENANCE},
      CONSTRAINT construction_win_result_natural_key UNIQUE (tender_project_code))`);
    await q.query('CREATE INDEX construction_win_result_codes ON trading.construction_win_result USING gin (winner_codes)');
    await q.query('CREATE INDEX construction_win_result_uncoded ON trading.construction_win_result USING gin (winner_uncoded_names)');

    await q.query(`CREATE TABLE trading.land_transfer_notice (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${PARCEL}
      notice_send_time varchar(14) NOT NULL,
      notice_sent_at timestamptz NOT NULL,
      notice_name text NOT NULL,
      notice_content text,
      ${money('start_price')}
      ${money('deposit')}
      plot_ratio text,
      ${PRICE}
      ${PLATFORM}
      ${PROVENANCE},
      CONSTRAINT land_transfer_notice_natural_key UNIQUE (land_code, notice_send_time))`);

    await q.query(`CREATE TABLE trading.land_deal (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${PARCEL}
      ${money('deal_price')}
      ${PRICE}
      ${party('buyer')}
      published_at timestamptz,
      ${PLATFORM}
      ${PROVENANCE},
      CONSTRAINT land_deal_natural_key UNIQUE (land_code))`);
    await q.query('CREATE INDEX land_deal_buyer ON trading.land_deal (buyer_code)');

    await q.query(`CREATE TABLE trading.procurement_notice (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${NOTICE}
      ${PROVENANCE},
      CONSTRAINT procurement_notice_natural_key UNIQUE (notice_id))`);
    await q.query(`CREATE TABLE trading.procurement_result (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${NOTICE}
      ${parties('winners', 'winner')}
      ${PROVENANCE},
      CONSTRAINT procurement_result_natural_key UNIQUE (notice_id))`);
    await q.query('CREATE INDEX procurement_result_codes ON trading.procurement_result USING gin (winner_codes)');
    await q.query('CREATE INDEX procurement_result_uncoded ON trading.procurement_result USING gin (winner_uncoded_names)');
    await q.query(`CREATE TABLE trading.procurement_contract (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      ${NOTICE}
      contract_code text NOT NULL,
      contract_name text,
      ${money('contract_amount')}
      signed_on date,
      performance_period text,
      ${PROVENANCE},
      CONSTRAINT procurement_contract_natural_key UNIQUE (notice_id))`);
    // Life-cycle joins: construction records are found by tender project code through their unique
    // keys (each leads with it); procurement notices, results and contracts by project code.
    for (const t of ['procurement_notice', 'procurement_result', 'procurement_contract']) {
      await q.query(`CREATE INDEX ${t}_project ON trading.${t} (project_code, published_at)`);
      await q.query(`CREATE INDEX ${t}_published ON trading.${t} (published_at DESC, id DESC)`);
      await q.query(`CREATE INDEX ${t}_region ON trading.${t} (region_code varchar_pattern_ops, published_at DESC, id DESC)`);
      await q.query(`CREATE INDEX ${t}_purchaser ON trading.${t} (purchaser_code)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES_NEWEST_FIRST) await q.query(`DROP TABLE trading.${t}`);
  }
}

const TABLES_NEWEST_FIRST = [
  'procurement_contract', 'procurement_result', 'procurement_notice', 'land_deal', 'land_transfer_notice',
  'construction_win_result', 'construction_candidate_publicity', 'construction_notice',
];
