/**
 * Two-character surnames (复姓) still in use. A name starting with one of these keeps both
 * characters when masked, so 欧阳娜娜 becomes 欧阳** rather than 欧***.
 *
 * Deliberately short: a missing entry only over-masks (欧阳娜娜 → 欧***), while a rare compound
 * that starts with a common single surname (单于, 钟离, 梁丘, 乐正) would leak a given-name
 * character of people surnamed 单, 钟, 梁 or 乐.
 */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙',
  '宇文', '司徒', '令狐', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '万俟',
  '澹台', '公冶', '濮阳', '淳于', '申屠', '太叔', '赫连', '拓跋', '呼延', '司空',
  '鲜于', '闾丘', '颛孙', '亓官',
]);
