import { maskResidentId } from '../ids/resident-id';
import { HOME_PROVINCE, HOME_REGIONS, type Region, placeName } from '../names/regions';
import { Rng } from '../random/rng';
import { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import { SECONDS_PER_DAY, formatChineseDate, formatTimestamp, startOfDay, yearOf } from '../time/clock';
import { Timeline } from '../time/timeline';
import type { Feed } from './feed';
import { malformation } from './malformed';
import { groupThousands } from './money';
import { makePerson } from './people';
import { type WireRow, setDisclosure } from './wire-row';
import type { CreditWorld } from './world';

const PERFORMANCE = [['未履行', 70], ['部分履行', 20], ['已履行', 10]] as const;
const BEHAVIOURS = [
  '有履行能力而拒不履行生效法律文书确定义务', '违反财产报告制度', '违反限制消费令',
  '以伪造证据、暴力、威胁等方法妨碍、抗拒执行', '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
] as const;
const OBLIGATIONS = ['货款', '借款本金', '工程款', '劳动报酬', '租金'] as const;

/**
 * `GET /credit/sxbzxr`: judgment defaulters (失信被执行人). Ids arrive masked upstream: persons as
 * `3502**********1234`, organisations by organisation code; dates in the courts' `2025年03月07日` style.
 */
export class DefaulterFeed implements Feed {
  readonly name = 'sxbzxr' as const;
  readonly log: ChangeLog;

  constructor(private readonly world: CreditWorld) {
    const timeline = new Timeline(world.seed, this.name, { startSeconds: world.startSeconds, rowsPerBlock: 8, blockSpanSeconds: 1800 });
    this.log = new ChangeLog(timeline, Math.max(10, Math.floor(world.size / 20)));
  }

  row(ref: RowRef): WireRow {
    const rng = new Rng(this.world.seed, this.name, ref.id);
    const subject = this.subject(rng);
    const court = courtOf(rng, subject.region);
    const filed = startOfDay(ref.origin) - SECONDS_PER_DAY * rng.int(40, 900);
    const row: WireRow = {
      AH: caseNumber(rng, yearOf(filed), court.code, '执', ref.id),
      BZXRMC: subject.name,
      ZJHM: subject.maskedId,
      FDDBR: subject.representative,
      ZXFY: court.name,
      SF: '福建',
      ZXYJWH: caseNumber(rng, yearOf(filed) - 1, court.code, '民初', ref.id),
      ZCZXYJDW: rng.chance(0.95) ? court.name : '厦门仲裁委员会',
      LARQ: formatChineseDate(filed),
      YW: `被执行人应向申请执行人支付${rng.pick(OBLIGATIONS)}人民币${groupThousands(rng.int(20, 5000) * 100)}元及利息`,
      LXQK: rng.weighted(PERFORMANCE),
      SXJTQX: rng.pick(BEHAVIOURS),
      FBSJ: formatChineseDate(filed + SECONDS_PER_DAY * rng.int(30, 35)),
      SJC: formatTimestamp(ref.sjc),
      CZLX: ref.op,
    };
    setDisclosure(row, rng);
    if (ref.version > 0) row.LXQK = '已履行';
    if (ref.version === 0 && malformation(this.world.seed, this.name, ref.id, this.world.malformedRate, ['bad-date'] as const)) row.LARQ = '2025年02月30日';
    return row;
  }

  insertAt(sjc: number, _rng: Rng): RowRef {
    return this.log.insert(sjc);
  }

  /** Half organisations of the register, half natural persons. */
  private subject(rng: Rng) {
    if (rng.chance(0.55)) {
      const org = this.world.organisation(rng.int(0, this.world.organisationCount - 1));
      const region = org.region.provinceCode === HOME_PROVINCE ? org.region : rng.pick(HOME_REGIONS);
      return { name: org.name, maskedId: `${org.orgCode.slice(0, 8)}-${org.orgCode.slice(8)}`, representative: org.representative.name, region };
    }
    const region = rng.pick(HOME_REGIONS);
    const person = makePerson(rng, region);
    return { name: person.name, maskedId: maskResidentId(person.idNumber), representative: '', region };
  }
}

/** The basic-level court of a county (code `0205` for 海沧), or now and then the intermediate court. */
function courtOf(rng: Rng, region: Region): { name: string; code: string } {
  if (rng.chance(0.1)) return { name: `${region.cityName}中级人民法院`, code: region.code.slice(2, 4) };
  return { name: `${placeName(region)}人民法院`, code: region.code.slice(2) };
}

/** `(2025)闽0205执1234号`: half-width brackets in newer numbers, full-width in older ones. */
function caseNumber(rng: Rng, year: number, courtCode: string, kind: string, id: number): string {
  const [open, close] = year >= 2016 && rng.chance(0.7) ? ['(', ')'] : ['（', '）'];
  return `${open}${year}${close}闽${courtCode}${kind}${id + 1}号`;
}
