import type { AnySource } from '@keyfield/sync';
import type { CreditConfig } from './credit/src/config';
import { creditSources } from './credit/src/connectors/credit/spec';

/**
 * Every upstream source of every domain, by name (`credit/xzcf`, …): what the sync CLI, the worker,
 * push ingest and quarantine re-drive look sources up in. Adding a domain adds its sources here.
 */
export function allSources(credit: CreditConfig): AnySource[] {
  return [...creditSources(credit)];
}
