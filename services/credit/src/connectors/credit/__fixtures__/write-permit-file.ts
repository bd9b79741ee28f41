/**
 * Writes `xzxk_20261101.csv`, the recorded permit file the tests read, as the platform sends it:
 * GB18030 bytes, no BOM, CRLF, RFC 4180 quoting. Run once from the repository root, then commit
 * the bytes: `node_modules/.bin/node -r @swc-node/register services/credit/src/connectors/credit/__fixtures__/write-permit-file.ts`.
 * The lines are written out by hand, because two of them are malformed on purpose.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { PERMIT_COLUMNS } from '../csv/permit-columns';

const LINES = [
  PERMIT_COLUMNS.join(','),
  // 2: a name outside the BMP (𠮷, U+20BB7: four bytes in GB18030) and a long-term validity.
  '厦门𠮷野家餐饮有限公司,法人及非法人组织,913502007054768L16,周建国,食品经营许可决定书,厦海市监食许〔2026〕0311号,普通,食品经营许可证,JY23502050031126,预包装食品销售；热食类食品制售,2026/10/30,2026/10/30,2099/12/31,厦门市海沧区市场监督管理局,11350205003034767H,1,厦门市海沧区市场监督管理局,11350205003034767H,,I,主动公开',
  // 3: a quoted field holding a comma and an escaped quote.
  '厦门海润食品贸易有限公司,法人及非法人组织,91350205MA31XK2P5K,林国栋,食品经营许可决定书,厦海市监食许〔2026〕0312号,普通,食品经营许可证,JY13502050031127,"预包装食品（含冷藏冷冻食品）销售, 散装食品销售；品牌""海润""专柜",2026/10/30,2026/10/30,2031/10/29,厦门市海沧区市场监督管理局,11350205003034767H,1,厦门市海沧区市场监督管理局,11350205003034767H,,U,主动公开',
  // 4: one field short.
  '海沧区阿强五金店,个体工商户,92350205MA2Y7H1Q5P,黄阿强,户外广告设置许可决定书,厦海城管许〔2026〕0088号,普通,户外广告设置许可证,HC2026-0088,门头招牌设置,2026/10/29,2026/10/29,2027/10/28,厦门市海沧区城市管理局,1135020500303518,1,厦门市海沧区城市管理局,,U,主动公开',
  // 5–6: a quoted remark spanning two lines (a line break inside quotes is data).
  '陈志明,自然人,,,道路运输从业资格许可决定书,厦交许〔2026〕1203号,认可,道路运输从业资格证,闽交运从2026120301,道路旅客运输驾驶员,2026/10/31,2026/10/31,2032/10/30,厦门市交通运输局,11350200MB0175628X,1,厦门市交通运输局,11350200MB0175628X,"补发证件；',
  '原证遗失",I,依申请公开',
  // 7: a stray quote inside an unquoted field: broken quoting.
  '厦门鹭岛餐饮管理有限公司,法人及非法人组织,9144030071526726XG,许海燕,食品经营许可决定书,厦海市监食许〔2026〕0313号,普通,食品经营许可证,JY2350205"0031128,热食类食品制售,2026/10/31,2026/10/31,2031/10/30,厦门市海沧区市场监督管理局,11350205003034767H,1,厦门市海沧区市场监督管理局,11350205003034767H,,I,主动公开',
  // 8: withdrawn upstream, after the bad lines: it must still be read.
  '福州闽江建材有限公司,法人及非法人组织,91350100M0001TGQXM,郑文华,建筑材料经营备案决定书,厦海住建许〔2026〕0041号,登记,,,建筑材料经营备案,2026/09/01,2026/09/01,2027/08/31,厦门市海沧区建设与交通局,11350203003035188Y,2,厦门市海沧区建设与交通局,11350203003035188Y,申请人撤回,D,主动公开',
];

const bytes = iconv.encode(`${LINES.join('\r\n')}\r\n`, 'gb18030');
writeFileSync(join(__dirname, 'xzxk_20261101.csv'), bytes);
