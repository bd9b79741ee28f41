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

/** Organisations in one batch lookup. */
export const BATCH_SIZE = 500;

/** 500 profiles in one request, through the root field that takes many codes. */
export const BATCH = `query Batch($u: [String!]!) { organizationsByUscc(usccs: $u) { ...Profile } }
${PROFILE_FIELDS}`;
