/**
 * The converter kit the credit connector already has: a field reader, the key-first runner, the
 * field problem, provenance columns, 公开属性 and region codes. The logic is the same for every
 * upstream, so it is imported rather than written again.
 * TODO(shared): this belongs in `@keyfield/sync` (a `convert/` kit); until it moves, this file is the
 * only place the trading service reaches into the credit service.
 */
export { FieldReader, type FieldOf } from '../../../../credit/src/connectors/credit/convert/field-reader';
export { FieldProblem } from '../../../../credit/src/connectors/credit/convert/field-problem';
export { convertRecord } from '../../../../credit/src/connectors/credit/convert/convert-record';
export { provenance } from '../../../../credit/src/connectors/credit/convert/provenance';
export { readRegionCode } from '../../../../credit/src/connectors/credit/convert/region-code';
