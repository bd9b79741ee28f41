import { buildUscc } from '../ids/uscc';
import { numericOrgBody } from '../ids/organisation-code';
import type { Rng } from '../random/rng';
import { HOME_CITIES, HOME_REGIONS, type Region, placeName, shortCounty } from '../names/regions';
import { CITY_ABBREVIATIONS, DEPARTMENTS, type Department, type DepartmentKey } from './departments';

/** A government department acting as penalising, permitting or registering authority. */
export interface Authority {
  /** e.g. `厦门市海沧区市场监督管理局`. */
  readonly name: string;
  /** Starts with `11` (机构编制, 机关) and carries the authority's own region code. */
  readonly uscc: string;
  readonly regionCode: string;
  readonly department: Department;
  /** Decision-number prefix without the word and year, e.g. `厦海市监`. */
  readonly prefix: string;
}

/** The credit office is no penalising department; it has its own entry. */
const CREDIT_OFFICE: Department = { key: 'market', title: '发展和改革委员会', cityTitle: '发展和改革委员会', abbr: '发改', penaltyWord: '罚', permitWord: '许' };

/** Organisation-code serials of authorities start here, far above any organisation's serial. */
const AUTHORITY_SERIAL_BASE = 60_000_000;

/**
 * Every Fujian county and city department, built once (a few hundred entries): the authority a
 * penalty or permit names is looked up here by the subject's region and the department.
 */
export class AuthorityTable {
  private readonly byRegion = new Map<string, Authority[]>();
  private readonly cityLevel = new Map<string, Authority[]>();
  private readonly creditOffices = new Map<string, Authority>();
  readonly all: Authority[] = [];

  constructor() {
    for (const city of HOME_CITIES) {
      const cityAbbr = CITY_ABBREVIATIONS[city.code] ?? city.name.charAt(0);
      const list = DEPARTMENTS.map((d) => this.add(`${city.name}${d.cityTitle}`, `${city.code}00`, d, cityAbbr));
      this.cityLevel.set(city.code, list);
      this.creditOffices.set(city.code, this.add(`${city.name}发展和改革委员会`, `${city.code}00`, CREDIT_OFFICE, cityAbbr));
    }
    for (const region of HOME_REGIONS) {
      const cityAbbr = CITY_ABBREVIATIONS[region.cityCode] ?? region.cityName.charAt(0);
      const prefix = cityAbbr + shortCounty(region).charAt(0);
      const list = DEPARTMENTS.map((d) => this.add(countyAuthorityName(region, d), region.code, d, prefix));
      this.byRegion.set(region.code, list);
    }
  }

  /**
   * The authority of a department for a subject in `region`: its county's department mostly, the
   * city's sometimes; subjects registered outside Fujian are dealt with by a Xiamen authority.
   */
  pick(rng: Rng, region: Region, department: DepartmentKey): Authority {
    const local = this.byRegion.get(region.code);
    const city = this.cityLevel.get(region.cityCode);
    const list = local && city ? (rng.chance(0.75) ? local : city) : this.xiamen();
    const found = list.find((a) => a.department.key === department);
    if (!found) throw new Error(`no ${department} authority in ${region.code}`);
    return found;
  }

  /** The market regulator that registers organisations of a region (登记机关). */
  registrar(region: Region, cityLevel: boolean): Authority | undefined {
    const list = cityLevel ? this.cityLevel.get(region.cityCode) : this.byRegion.get(region.code);
    return list?.find((a) => a.department.key === 'market');
  }

  /**
   * The city's credit office (发展和改革委员会, which runs the credit platform): a data source of
   * penalties and the authority that grants credit repairs. Xiamen's for regions outside Fujian.
   */
  creditOffice(region: Region): Authority {
    const office = this.creditOffices.get(region.cityCode) ?? this.creditOffices.get('3502');
    if (!office) throw new Error('no credit office');
    return office;
  }

  /** The city-level authorities of Xiamen, where out-of-province subjects are dealt with. */
  private xiamen(): Authority[] {
    return this.cityLevel.get('3502') ?? this.all;
  }

  private add(name: string, regionCode: string, department: Department, prefix: string): Authority {
    const body = numericOrgBody(AUTHORITY_SERIAL_BASE + this.all.length);
    const authority: Authority = { name, uscc: buildUscc('11', regionCode, body), regionCode, department, prefix: prefix + department.abbr };
    this.all.push(authority);
    return authority;
  }
}

/** County ecology bureaus are branches of the city bureau (`厦门市生态环境局海沧分局`). */
function countyAuthorityName(region: Region, department: Department): string {
  if (department.key === 'ecology') return `${region.cityName}生态环境局${shortCounty(region)}分局`;
  return placeName(region) + department.title;
}
