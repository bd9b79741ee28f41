export { NotPublicReason } from './not-public-reason';
export { Publicity, publicityOf } from './publicity.type';
export { addPublicOnly, dateLiteral, isoDateSql, isoDateTimeSql, publicityColumns, type HiddenWhen, type PublicityRule } from './publicity-rule';
export { recordView, selectForView, whereForView, type RecordView } from './record-view';
export { commonHidden } from './common-rules';
export { enforcementResultRule, enforcementResultSpec, type EnforcementResultColumns, type EnforcementResultPolicy } from './enforcement-result-rule';
