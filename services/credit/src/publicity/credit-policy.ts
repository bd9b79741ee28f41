import { ConfigError } from '@keyfield/core';
import type { CreditConfig } from '../config';

/** The local publicity rules of credit records (policy.md 公示期), from configuration. */
export interface CreditPolicy {
  penaltyMinMonths: number;
  penaltyMaxMonths: number;
  penaltySpecialMinMonths: number;
  /** Words marking a special-category penalty (特种设备, 安全生产, 消防). */
  penaltySpecialKeywords: string[];
}

/** The policy of a configuration; keywords are letters only, as they become part of a SQL pattern. */
export function creditPolicyOf(config: CreditConfig): CreditPolicy {
  const keywords = config.penaltySpecialKeywords.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = keywords.filter((k) => !/^[\p{L}\p{N}]+$/u.test(k));
  if (bad.length > 0) throw new ConfigError([`PENALTY_SPECIAL_KEYWORDS: ${bad.join(', ')} — use letters and digits only, separated by commas`]);
  if (config.penaltyMinMonths > config.penaltyMaxMonths) throw new ConfigError(['PENALTY_PUBLICITY_MIN_MONTHS: longer than PENALTY_PUBLICITY_MAX_MONTHS']);
  return {
    penaltyMinMonths: config.penaltyMinMonths,
    penaltyMaxMonths: config.penaltyMaxMonths,
    penaltySpecialMinMonths: config.penaltySpecialMinMonths,
    penaltySpecialKeywords: keywords,
  };
}
