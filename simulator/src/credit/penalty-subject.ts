import { HOME_REGIONS, type Region } from '../names/regions';
import type { Rng } from '../random/rng';
import type { Organisation } from './organisation';
import { makePerson } from './people';
import { buildRegistrationNumber } from '../ids/registration-number';

/** `CF_XDR_LB`: the three categories of punished party. */
export type SubjectCategory = '法人及非法人组织' | '个体工商户' | '自然人';

/** The punished party's block of `CF_XDR_*` / `CF_FR*` fields, already as wire strings. */
export interface PenaltySubject {
  readonly category: SubjectCategory;
  readonly region: Region;
  /** The register index when the subject is an organisation of the register. */
  readonly organisation?: number;
  readonly fields: {
    readonly CF_XDR_MC: string; readonly CF_XDR_LB: SubjectCategory; readonly CF_XDR_SHXYM: string;
    readonly CF_XDR_GSZC: string; readonly CF_XDR_ZZJG: string; readonly CF_XDR_SWDJ: string;
    readonly CF_XDR_SYDW: string; readonly CF_XDR_SHZZ: string; readonly CF_FRDB: string;
    readonly CF_FR_ZJLX: string; readonly CF_FR_ZJHM: string; readonly CF_XDR_ZJLX: string; readonly CF_XDR_ZJHM: string;
  };
}

/** An organisation of the register as punished party; legacy ids are filled now and then. */
export function organisationSubject(rng: Rng, org: Organisation): PenaltySubject {
  const legacy = org.codeStyle === 'legacy';
  const withOrgCode = org.kind === '91' && rng.chance(0.08);
  return {
    category: org.kind === '92' ? '个体工商户' : '法人及非法人组织',
    region: org.region,
    organisation: org.index,
    fields: {
      CF_XDR_MC: org.name,
      CF_XDR_LB: org.kind === '92' ? '个体工商户' : '法人及非法人组织',
      CF_XDR_SHXYM: org.code,
      CF_XDR_GSZC: legacy ? org.code : rng.chance(0.1) ? buildRegistrationNumber(org.region.code, org.index) : '',
      CF_XDR_ZZJG: withOrgCode ? `${org.orgCode.slice(0, 8)}-${org.orgCode.slice(8)}` : '',
      CF_XDR_SWDJ: rng.chance(0.05) ? org.region.code + org.orgCode : '',
      CF_XDR_SYDW: '',
      CF_XDR_SHZZ: '',
      CF_FRDB: org.representative.name,
      CF_FR_ZJLX: '身份证',
      CF_FR_ZJHM: org.representative.idNumber,
      CF_XDR_ZJLX: '',
      CF_XDR_ZJHM: '',
    },
  };
}

/** A natural person as punished party: no USCC, an identity document instead. */
export function personSubject(rng: Rng): PenaltySubject {
  const region = rng.pick(HOME_REGIONS);
  const person = makePerson(rng, region);
  const [kind, number] = rng.weighted<readonly [string, string]>([
    [['身份证', person.idNumber], 95],
    [['港澳居民来往内地通行证', `H${rng.chars('0123456789', 8)}`], 2],
    [['台湾居民来往大陆通行证', rng.chars('0123456789', 8)], 2],
    [['护照号', `E${rng.chars('0123456789', 8)}`], 1],
  ]);
  return {
    category: '自然人',
    region,
    fields: {
      CF_XDR_MC: person.name, CF_XDR_LB: '自然人', CF_XDR_SHXYM: '', CF_XDR_GSZC: '', CF_XDR_ZZJG: '',
      CF_XDR_SWDJ: '', CF_XDR_SYDW: '', CF_XDR_SHZZ: '', CF_FRDB: '', CF_FR_ZJLX: '', CF_FR_ZJHM: '',
      CF_XDR_ZJLX: kind, CF_XDR_ZJHM: number,
    },
  };
}
