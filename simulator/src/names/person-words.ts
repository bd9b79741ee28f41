import type { Weighted } from '../random/rng';

/** Single-character surnames, weighted roughly by frequency in Fujian (林, 陈, 黄 lead). */
export const SURNAMES: ReadonlyArray<Weighted<string>> = [
  ['陈', 12], ['林', 11], ['黄', 8], ['张', 6], ['王', 6], ['李', 6], ['吴', 5], ['刘', 5], ['郑', 4],
  ['杨', 3], ['许', 3], ['蔡', 3], ['洪', 3], ['曾', 3], ['谢', 3], ['苏', 2], ['庄', 2], ['周', 2],
  ['叶', 2], ['赵', 2], ['徐', 2], ['孙', 1], ['朱', 1], ['胡', 1], ['郭', 2], ['何', 1], ['高', 1],
  ['罗', 1], ['梁', 1], ['宋', 1], ['唐', 1], ['韩', 1], ['冯', 1], ['邓', 1], ['彭', 1], ['肖', 1],
  ['方', 1], ['江', 1], ['卢', 1], ['魏', 1], ['柯', 1], ['颜', 1], ['傅', 1], ['施', 1], ['邱', 1],
];

/** Compound surnames: rare, but the masking rules (欧阳**) must meet them. */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '令狐', '皇甫', '慕容', '司徒', '夏侯', '公孙', '尉迟',
];

/** Given-name characters. */
export const GIVEN_CHARS: readonly string[] = [
  '伟', '芳', '娜', '秀', '英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛',
  '明', '超', '兰', '霞', '平', '刚', '桂', '建', '华', '志', '文', '玲', '辉', '鹏', '斌', '宇', '浩',
  '凯', '婷', '雪', '琳', '晨', '阳', '欣', '怡', '俊', '峰', '海', '波', '鑫', '颖', '晓', '燕', '宏',
  '国', '荣', '春', '梅', '金', '龙', '德', '福', '水', '生', '清', '泉', '榕', '鹭', '森', '炳', '坤',
];

/** Characters outside the Basic Multilingual Plane that do occur in real names (4-byte in GB18030). */
export const RARE_CHARS: readonly string[] = ['𠮷', '𡈼', '𪚥'];
