import { commonHidden, type PublicityRule } from '@keyfield/core';

/**
 * Every trading record carries its 公开属性 and may be withdrawn upstream: it is public while
 * proactive (主动公开) and not withdrawn. Trading records have no publicity window of their own.
 */
export const tradingRule: PublicityRule = (a) => commonHidden(a);
