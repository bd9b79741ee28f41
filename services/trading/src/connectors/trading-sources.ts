import type { AnySource } from '@keyfield/sync';
import { ccgpSources } from './ccgp/spec';
import { ggzySources } from './ggzy/spec';
import type { TradingConnectorSettings } from './shared/settings';

export type { TradingConnectorSettings } from './shared/settings';

/** Every trading source, ggzy (construction, land) then ccgp (procurement). */
export function tradingSources(settings: TradingConnectorSettings): AnySource[] {
  return [...ggzySources(settings), ...ccgpSources(settings)];
}
