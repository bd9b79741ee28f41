import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every synced record carries the same provenance and sync columns (api.md "Provenance").
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
  content_hash text NOT NULL`;

// The subject block (行政相对人) shared by penalties and permits. Id numbers are stored for
// matching and never exposed (policy.md 个人信息).
const SUBJECT = `
  subject_name text NOT NULL,
  subject_category text NOT NULL,
  subject_kind varchar(24) NOT NULL,
  uscc text,
  uscc_valid boolean,
  uscc_warning text,
  legal_rep text,`;

/** The credit domain's tables (domains.md §4): register, penalties, permits, repairs, lists. */
export class CreateCredit1763790000000 implements MigrationInterface {
  name = 'CreateCredit1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE credit.organization (
      uscc text PRIMARY KEY,
      uscc_valid boolean NOT NULL,
      uscc_warning text,
      name text NOT NULL,
      name_normalised text NOT NULL,
      kind text,
      legal_rep text,
      founded_on date,
      registering_office text,
      status text,
      registered_address text,
      region_code varchar(12),
      ${PROVENANCE})`);
    await q.query('CREATE INDEX organization_name_normalised ON credit.organization (name_normalised)');
    await q.query('CREATE INDEX organization_region ON credit.organization (region_code varchar_pattern_ops)');

    await q.query(`CREATE TABLE credit.penalty (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      decision_number text NOT NULL,
      authority_code text NOT NULL,
      authority_name text NOT NULL,
      ${SUBJECT}
      reg_number text, org_code text, tax_reg_number text, institution_code text, social_org_code text,
      legal_rep_id_type text, legal_rep_id_number text,
      person_id_type text, person_id_number text,
      violation_type text, facts text, legal_basis text,
      kinds text[] NOT NULL,
      content text,
      fine_amount numeric, fine_unit varchar(4), fine_yuan numeric,
      confiscated_amount numeric, confiscated_unit varchar(4), confiscated_yuan numeric,
      licence_affected text,
      decision_date date NOT NULL,
      valid_until date,
      publicity_end date,
      data_source_name text, data_source_code text,
      remark text,
      region_code varchar(12),
      ${PROVENANCE},
      CONSTRAINT penalty_natural_key UNIQUE (decision_number, authority_code))`);
    await q.query('CREATE INDEX penalty_decision ON credit.penalty (decision_date DESC, id DESC)');
    await q.query('CREATE INDEX penalty_uscc ON credit.penalty (uscc, decision_date DESC, id DESC)');
    await q.query('CREATE INDEX penalty_region ON credit.penalty (region_code varchar_pattern_ops, decision_date DESC, id DESC)');

    await q.query(`CREATE TABLE credit.permit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_number text NOT NULL,
      authority_code text NOT NULL,
      authority_name text NOT NULL,
      ${SUBJECT}
      document_title text,
      kind text,
      certificate_name text,
      permit_number text,
      content text,
      decision_date date NOT NULL,
      valid_from date,
      valid_to date,
      valid_long_term boolean NOT NULL DEFAULT false,
      status text,
      data_source_name text, data_source_code text,
      remark text,
      region_code varchar(12),
      file_name text NOT NULL,
      ${PROVENANCE},
      CONSTRAINT permit_natural_key UNIQUE (authority_code, document_number))`);
    await q.query('CREATE INDEX permit_decision ON credit.permit (decision_date DESC, id DESC)');
    await q.query('CREATE INDEX permit_uscc ON credit.permit (uscc, decision_date DESC, id DESC)');

    await q.query(`CREATE TABLE credit.repair (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      decision_number text NOT NULL,
      authority_code text NOT NULL,
      authority_name text,
      repair_date date NOT NULL,
      repairing_authority text,
      ${PROVENANCE},
      CONSTRAINT repair_natural_key UNIQUE (decision_number, authority_code))`);

    await q.query(`CREATE TABLE credit.defaulter (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_number text NOT NULL,
      name text NOT NULL,
      id_or_org_code text,
      legal_rep text,
      court text,
      province text,
      basis_number text,
      basis_issuer text,
      filed_on date,
      obligation text,
      performance text,
      behaviour text,
      published_on date,
      ${PROVENANCE},
      CONSTRAINT defaulter_natural_key UNIQUE (case_number, name))`);
    await q.query('CREATE INDEX defaulter_code ON credit.defaulter (id_or_org_code)');

    await q.query(`CREATE TABLE credit.abnormal_listing (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      uscc text NOT NULL,
      name text NOT NULL,
      listed_reason text NOT NULL,
      listed_on date NOT NULL,
      listed_by text,
      removed_reason text,
      removed_on date,
      removed_by text,
      ${PROVENANCE},
      CONSTRAINT abnormal_listing_natural_key UNIQUE (uscc, listed_on, listed_reason))`);
    await q.query('CREATE INDEX abnormal_listing_uscc ON credit.abnormal_listing (uscc, listed_on DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['abnormal_listing', 'defaulter', 'repair', 'permit', 'penalty', 'organization']) {
      await q.query(`DROP TABLE credit.${t}`);
    }
  }
}
