/** Trade-name words (字号) of the kind that fill any Chinese business register. */
export const BRANDS: readonly string[] = [
  '宏达', '鑫盛', '华泰', '恒通', '瑞丰', '盛世', '金鹏', '天成', '永安', '嘉禾', '海峡', '闽南', '鹭岛',
  '联创', '信达', '万隆', '东升', '顺发', '新华', '凯旋', '中科', '广源', '福泰', '金帆', '润和', '德馨',
  '百川', '众诚', '博远', '启航', '同创', '汇丰源', '鼎盛', '兴旺', '佳美', '荣鑫', '晟达', '宝龙', '祥和',
  '海沧湾', '嘉庚', '鼓浪', '筼筜', '榕城', '刺桐', '武夷', '清源', '九龙江', '金门湾',
];

/** Trade names with a character outside the BMP: rare, but they break naive encoders. */
export const RARE_BRANDS: readonly string[] = ['𠮷祥', '𡈼峰', '𪚥龙', '嘉𠮷'];

/** Industry words (行业表述). */
export const INDUSTRIES: readonly string[] = [
  '贸易', '科技', '建设工程', '物流', '餐饮管理', '食品', '电子', '机械设备', '房地产开发', '物业管理',
  '环保科技', '化工', '医药', '网络科技', '供应链管理', '装饰工程', '汽车服务', '文化传媒', '商贸',
  '进出口', '船务', '石材', '茶业', '水产', '电梯工程', '燃气', '建材', '塑胶制品', '包装材料',
];

/** Organisation form suffixes (组织形式). */
export const FORMS: ReadonlyArray<readonly [string, number]> = [
  ['有限公司', 70], ['有限责任公司', 12], ['股份有限公司', 8], ['集团有限公司', 3],
];

/** Shop kinds of individual businesses (个体工商户). */
export const SHOPS: readonly string[] = [
  '便利店', '五金店', '小吃店', '沙茶面店', '副食品店', '理发店', '水果店', '烟酒商行', '汽车修理部',
  '服装店', '茶叶店', '海鲜排档', '建材经营部', '手机维修店', '药店', '快餐店', '粮油店', '洗衣店',
];

/** Farm products of farmers' cooperatives (农民专业合作社). */
export const FARMS: readonly string[] = ['茶叶种植', '蔬菜种植', '水产养殖', '果蔬', '生猪养殖', '食用菌', '花卉苗木'];

/** Roads for registered addresses. */
export const ROADS: readonly string[] = [
  '海沧大道', '新阳路', '兴港路', '嵩屿北路', '湖滨南路', '厦禾路', '五缘湾道', '杏林湾路', '观日路',
  '同集路', '翔安南路', '工业路', '建设路', '人民路', '中山路', '解放路', '东大路', '滨海西大道', '沧虹路',
];
