import { accept, type Converter } from '@keyfield/sync';
import { checkUscc, normaliseName } from '@keyfield/core';
import type { OrganizationWire } from '../wire-types';
import { changeColumns } from './change-columns';
import { convertRecord } from './convert-record';
import { readRegionCode } from './region-code';

/**
 * `/credit/qyxx` row → `credit.organization`, keyed by the normalised USCC. A code that fails its
 * checks is still the key the upstream uses, so it is kept with `uscc_valid` false and a warning.
 */
export const convertOrganization: Converter<OrganizationWire> = (record, ctx) =>
  convertRecord(
    record,
    (f) => checkUscc(f.required('TYSHXYDM')).code,
    (f, key) => {
      const check = checkUscc(key);
      const name = f.required('QYMC');
      const change = changeColumns(f, ctx, key);
      const row = {
        uscc: key,
        uscc_valid: check.valid,
        uscc_warning: check.warning,
        name,
        name_normalised: normaliseName(name),
        kind: f.text('QYLX'),
        legal_rep: f.text('FDDBR'),
        founded_on: f.date('CLRQ'),
        registering_office: f.text('DJJG'),
        status: f.text('DJZT'),
        // Stored for matching only: for sole traders it is a home address (policy.md 个人信息).
        registered_address: f.text('ZCDZ'),
        region_code: readRegionCode(f, 'XZQHDM'),
        ...change.columns,
      };
      return accept(row, key, change.operation);
    },
  );
