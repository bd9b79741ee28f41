import { HOME_REGIONS } from '../names/regions';
import { Rng } from '../random/rng';
import { SECONDS_PER_DAY, formatDate, yearOf } from '../time/clock';
import { decisionNumber, shuffledSerial } from './decision-number';
import { PERMIT_DEPARTMENT_WEIGHTS } from './departments';
import { garbageCode, malformation } from './malformed';
import { makePerson } from './people';
import { PERMIT_TEMPLATES } from './permit-templates';
import { type WireRow, setDisclosure } from './wire-row';
import type { CreditWorld } from './world';

/** The header of a permit file, exactly as feeds.md names the columns. */
export const PERMIT_COLUMNS = [
  '行政相对人名称', '行政相对人类别', '统一社会信用代码', '法定代表人', '行政许可决定文书名称', '行政许可决定文书号',
  '许可类别', '许可证书名称', '许可编号', '许可内容', '许可决定日期', '有效期自', '有效期至', '许可机关',
  '许可机关统一社会信用代码', '当前状态', '数据来源单位', '数据来源单位统一社会信用代码', '备注', '操作类型', '公开属性',
] as const;

const KINDS = [['普通', 60], ['登记', 15], ['核准', 10], ['认可', 8], ['特许', 5], ['其他', 2]] as const;
const REMARKS = ['换证,原证号作废', '经营项目含"网络经营"', '延续', '变更法定代表人'] as const;
const BAD_DATE = '2026/02/30';

/**
 * Permit `id` (行政许可) decided shortly before `fileDate`, at file revision `revision` (0 as first
 * published; a corrected file re-renders its rows with a later revision). Values in column order.
 */
export function permitRow(world: CreditWorld, id: number, fileDate: number, revision: number): string[] {
  const rng = new Rng(world.seed, 'xzxk', id);
  const org = rng.chance(0.9) ? world.organisation(rng.int(0, world.organisationCount - 1)) : undefined;
  const person = org ? undefined : makePerson(rng);
  const region = org?.region ?? rng.pick(HOME_REGIONS);
  const authority = world.authorities.pick(rng, region, rng.weighted(PERMIT_DEPARTMENT_WEIGHTS));
  const template = PERMIT_TEMPLATES[authority.department.key] ?? PERMIT_TEMPLATES.market;
  if (!template) throw new Error('no permit template');
  const decided = fileDate - SECONDS_PER_DAY * rng.int(0, 3);
  const serial = shuffledSerial(world.seed, 'xzxk', id);
  const source = rng.chance(0.85) ? authority : world.authorities.creditOffice(region);
  const disclosure: WireRow = {};
  setDisclosure(disclosure, rng);
  const row = [
    org?.name ?? person?.name ?? '', org ? (org.kind === '92' ? '个体工商户' : '法人及非法人组织') : '自然人', org?.code ?? '',
    org?.representative.name ?? '', rng.chance(0.7) ? '准予行政许可决定书' : '行政许可决定书',
    decisionNumber(rng, authority.prefix, authority.department.permitWord, yearOf(decided), serial, false),
    rng.weighted(KINDS), template.certificate, template.number(rng, region.code, yearOf(decided), serial, org?.code ?? ''),
    rng.pick(template.contents), formatDate(decided, '/'), formatDate(decided, '/'),
    rng.chance(0.15) ? '2099/12/31' : formatDate(decided + SECONDS_PER_DAY * 1826, '/'),
    authority.name, authority.uscc, rng.chance(0.96) ? '1' : '2', source.name, source.uscc,
    rng.chance(0.12) ? rng.pick(REMARKS) : '', 'I', disclosure.GKSX ?? '',
  ];
  if (revision > 0) correct(row, new Rng(world.seed, 'xzxk-fix', id, revision), decided, revision);
  else breakRow(row, world, id);
  return row;
}

/** A corrected permit: status or validity changed, noted in 备注, sent as an update. */
function correct(row: string[], rng: Rng, decided: number, revision: number): void {
  if (rng.chance(0.5)) {
    row[15] = '2';
    row[18] = `更正（第${revision}次）：许可已注销`;
  } else {
    row[12] = formatDate(decided + SECONDS_PER_DAY * rng.int(365, 1826), '/');
    row[18] = `更正（第${revision}次）：有效期至`;
  }
  row[19] = 'U';
}

function breakRow(row: string[], world: CreditWorld, id: number): void {
  const broken = malformation(world.seed, 'xzxk', id, world.malformedRate, ['bad-date', 'bad-uscc'] as const);
  if (broken === 'bad-date') row[10] = BAD_DATE;
  if (broken === 'bad-uscc') row[2] = garbageCode(world.seed, id);
}
