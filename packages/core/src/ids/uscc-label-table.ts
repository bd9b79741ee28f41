/** One registering authority (登记管理部门) and the organisation kinds (机构类别) it registers. */
export interface UsccAuthorityEntry {
  readonly authority: string;
  readonly kinds: Readonly<Record<string, string>>;
}

/**
 * Character 1 → registering authority, character 2 → organisation kind, per GB 32100-2015
 * Annex A and its later additions. The kinds of 1, 5, 9 and Y are those in domains.md §0.1;
 * the kinds of the other authorities come from the standard's table (verify against the
 * current edition before relying on them for anything but display).
 */
export const USCC_AUTHORITIES: Readonly<Record<string, UsccAuthorityEntry>> = {
  '1': { authority: '机构编制', kinds: { '1': '机关', '2': '事业单位', '3': '群众团体', '9': '其他' } },
  '2': { authority: '外交', kinds: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    authority: '司法行政',
    kinds: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { authority: '文化', kinds: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { authority: '民政', kinds: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    authority: '旅游',
    kinds: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { authority: '宗教', kinds: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { authority: '工会', kinds: { '1': '基层工会', '9': '其他' } },
  '9': { authority: '市场监管', kinds: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { authority: '军队', kinds: { '1': '军队事业单位', '9': '其他' } },
  N: {
    authority: '农业',
    kinds: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { authority: '其他', kinds: { '1': '其他' } },
};
