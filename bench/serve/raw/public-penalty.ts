import { loadConfig } from '../../../services/credit/src/config';
import { creditPolicyOf } from '../../../services/credit/src/publicity/credit-policy';
import { penaltyRule } from '../../../services/credit/src/publicity/penalty-rule';

/**
 * keyfield's penalty publicity rule (policy.md 公示期, default settings) as the SQL condition
 * "in public view" over `p` and its repair `pr`, `$TODAY` standing for the request's date: the
 * raw server splices it into its hand-written column-page SQL, so both targets answer the same
 * question under the same policy.
 */
export function publicPenaltySql(): string {
  return penaltyRule(creditPolicyOf(loadConfig({})))('p', '$TODAY').map((h) => `(${h.when}) IS NOT TRUE`).join(' AND ');
}
