/**
 * The GraphQL documents of the serving workloads. The column page is the portal's persisted
 * `PenaltyColumnPage` without the optional filters; the profile is the analyst question of the
 * README (tests/federation/cross-domain.test.ts).
 */
export const COLUMN_PAGE = `query ColumnPage($regionCode: String, $from: String, $to: String) {
  penalties(first: 20, filter: { regionCode: $regionCode, decisionDate: { from: $from, to: $to } }, orderBy: DECISION_DATE_DESC) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id decisionNumber decisionDate kinds subject { name kind uscc } fine { amount unit yuan } authority { name } region { code name } }
  }
}`;

const PROFILE_FIELDS = `fragment Profile on Organization {
  uscc name legalRepresentative status region { name }
  penalties(first: 5) { totalCount nodes { decisionNumber decisionDate kinds fine { yuan } } }
  abnormalListings(first: 5) { totalCount nodes { listedReason listedOn removedOn } }
  bidsWon(first: 5) { totalCount nodes { kind title awardedAt winners { name amount { yuan } } } }
  contracts(first: 5) { totalCount nodes { contractCode contractAmount { yuan } signedOn } }
}`;

export const PROFILE = `query Profile($u: String!) { organization(uscc: $u) { ...Profile } }
${PROFILE_FIELDS}`;

/** Pages of 100 (the largest page the graph serves) that make up one batch lookup. */
export const BATCH_PAGES = 5;

/**
 * 500 profiles in one request. The graph has no root field taking many USCCs, so the batch is
 * five aliased `organizations` pages of 100 from consecutive cursors (see docs/BENCHMARKS.md).
 */
export const BATCH = `query Batch(${Array.from({ length: BATCH_PAGES }, (_, i) => `$a${i}: String`).join(', ')}) {
${Array.from({ length: BATCH_PAGES }, (_, i) => `  p${i}: organizations(first: 100, after: $a${i}) { nodes { ...Profile } }`).join('\n')}
}
${PROFILE_FIELDS}`;
