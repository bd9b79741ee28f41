import { lettersOrgBody, numericOrgBody } from '../ids/organisation-code';
import { buildRegistrationNumber } from '../ids/registration-number';
import { USCC_ALPHABET, buildPilotUscc, buildUscc, orgCodeCheckChar } from '../ids/uscc';
import { type OrganisationKind, address, companyName, cooperativeName, shopName } from '../names/organisation';
import { HOME_PROVINCE, type Region, pickRegion, placeName } from '../names/regions';
import { Rng } from '../random/rng';
import { dateSeconds } from '../time/clock';
import { type Person, makePerson } from './people';

/** How an organisation's identifier looks in the register: valid, an early pilot code, or legacy. */
export type CodeStyle = 'valid' | 'pilot' | 'legacy';

/** One organisation of the register (企业信息), generated from (seed, index). */
export interface Organisation {
  readonly index: number;
  readonly kind: OrganisationKind;
  /** `QYLX`, e.g. `有限责任公司（自然人投资或控股）`, `个体工商户`. */
  readonly kindLabel: string;
  readonly name: string;
  /** The identifier as published (`TYSHXYDM`): an 18-character USCC or a 15-digit 注册号. */
  readonly code: string;
  readonly codeStyle: CodeStyle;
  /** 9-character organisation code (GB 11714), characters 9–17 of the USCC. */
  readonly orgCode: string;
  readonly region: Region;
  /** 登记机关, the market regulator whose region code the USCC carries. */
  readonly registrar: string;
  readonly representative: Person;
  /** Founding date (成立日期), seconds. */
  readonly founded: number;
  /** `DJZT`: 存续, 在业, 吊销, 注销, 迁出. */
  readonly status: string;
  readonly address: string;
}

const STATUSES = [['存续', 55], ['在业', 28], ['吊销', 6], ['注销', 8], ['迁出', 3]] as const;
const COMPANY_KINDS = [
  ['有限责任公司（自然人投资或控股）', 45], ['有限责任公司（自然人独资）', 22], ['有限责任公司(自然人投资或控股的法人独资)', 10],
  ['有限责任公司（外商投资、非独资）', 5], ['其他有限责任公司', 8],
] as const;

/** The organisation at `index`: a pure function of (seed, index). */
export function generateOrganisation(seed: number, index: number): Organisation {
  const rng = new Rng(seed, 'org', index);
  const region = pickRegion(rng);
  const kind = rng.weighted<OrganisationKind>([['91', 82], ['92', 14], ['93', 4]]);
  const codeStyle = rng.weighted<CodeStyle>([['valid', 97], ['pilot', 1], ['legacy', 2]]);
  const founded = foundingDate(rng, codeStyle);
  const cityLevel = kind === '91' && rng.chance(0.3);
  const representative = makePerson(rng, region.provinceCode === HOME_PROVINCE ? region : undefined);
  const { code, orgCode } = identifiers(rng, index, kind, codeStyle, founded, cityLevel ? `${region.cityCode}00` : region.code);
  const name = organisationName(rng, kind, region, representative);
  return {
    index, kind, name, code, codeStyle, orgCode, region, representative, founded,
    kindLabel: kindLabel(rng, kind, name),
    registrar: `${cityLevel ? region.cityName : placeName(region)}市场监督管理局`,
    status: rng.weighted(STATUSES),
    address: address(rng, region),
  };
}

function identifiers(rng: Rng, index: number, kind: OrganisationKind, style: CodeStyle, founded: number, codeRegion: string) {
  if (style === 'pilot') {
    const body = lettersOrgBody(index, 'M0');
    const ninth = rng.pick([...USCC_ALPHABET]);
    return { code: buildPilotUscc(kind, codeRegion, body, ninth), orgCode: body + ninth };
  }
  const body = founded < dateSeconds(2016, 1, 1) ? numericOrgBody(index) : lettersOrgBody(index);
  const orgCode = body + (orgCodeCheckChar(body) ?? '0');
  if (style === 'legacy') return { code: buildRegistrationNumber(codeRegion, index), orgCode };
  return { code: buildUscc(kind, codeRegion, body), orgCode };
}

function foundingDate(rng: Rng, style: CodeStyle): number {
  const year = style === 'legacy' ? rng.int(1995, 2014) : style === 'pilot' ? rng.int(2014, 2015) : rng.chance(0.35) ? rng.int(1993, 2015) : rng.int(2016, 2025);
  return dateSeconds(year, rng.int(1, 12), rng.int(1, 28));
}

function organisationName(rng: Rng, kind: OrganisationKind, region: Region, representative: Person): string {
  if (kind === '92') return shopName(rng, region, representative.name.charAt(0));
  if (kind === '93') return cooperativeName(rng, region);
  return companyName(rng, region);
}

function kindLabel(rng: Rng, kind: OrganisationKind, name: string): string {
  if (kind === '92') return '个体工商户';
  if (kind === '93') return '农民专业合作社';
  if (name.endsWith('分公司')) return '有限责任公司分公司（自然人投资或控股）';
  if (name.includes('股份有限公司')) return '股份有限公司（非上市、自然人投资或控股）';
  return rng.weighted(COMPANY_KINDS);
}
