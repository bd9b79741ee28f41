import type { AnySource } from '@keyfield/sync';
import type { CreditConfig } from '../../services/credit/src/config';
import { creditSources } from '../../services/credit/src/connectors/credit/spec';

/** Every source the sync CLI and the first sync know, by name (`credit/xzcf`, …). */
export function allSources(credit: CreditConfig): AnySource[] {
  return [...creditSources(credit)];
}
