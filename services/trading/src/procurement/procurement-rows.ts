import { partiesOf } from '../shared/party';
import { MONEY_COLUMNS, moneyColumnsOf } from '../shared/record-columns';
import { PROCUREMENT_COLUMNS, procurementOf, type ProcurementRow } from './procurement-columns';
import type { ProcurementContract } from './procurement-contract.type';
import type { ProcurementNotice } from './procurement-notice.type';
import type { ProcurementResult } from './procurement-result.type';

export const NOTICE_COLUMNS = PROCUREMENT_COLUMNS('n');
export const RESULT_COLUMNS = `${PROCUREMENT_COLUMNS('r')}, r.winners_json AS "winnersJson"`;
export const CONTRACT_COLUMNS = `${PROCUREMENT_COLUMNS('c')}, c.contract_code AS "contractCode", c.contract_name AS "contractName",
  ${MONEY_COLUMNS('c', 'contract_amount', 'contractAmount')}, c.signed_on AS "signedOn", c.performance_period AS "performancePeriod"`;

export interface ResultRow extends ProcurementRow {
  winnersJson: string;
}

export interface ContractRow extends ProcurementRow {
  contractCode: string;
  contractName: string | null;
  signedOn: string | null;
  performancePeriod: string | null;
}

export const toProcurementNotice = (r: ProcurementRow): ProcurementNotice => procurementOf(r);

export const toProcurementResult = (r: ResultRow): ProcurementResult => ({ ...procurementOf(r), winners: partiesOf(r.winnersJson) });

export function toProcurementContract(r: ContractRow): ProcurementContract {
  return {
    ...procurementOf(r), contractCode: r.contractCode, contractName: r.contractName, contractAmount: moneyColumnsOf(r, 'contractAmount'),
    signedOn: r.signedOn, performancePeriod: r.performancePeriod,
  };
}
