import type { SourceSpec } from '@keyfield/sync';
import type { CreditConfig } from '../../services/credit/src/config';
import { creditSources } from '../../services/credit/src/connectors/credit/spec';

/** Every source the sync CLI and the first sync know, by name (`credit/xzcf`, …). */
export function allSources(credit: CreditConfig): SourceSpec<unknown, unknown>[] {
  return [...creditSources(credit)] as SourceSpec<unknown, unknown>[];
}
