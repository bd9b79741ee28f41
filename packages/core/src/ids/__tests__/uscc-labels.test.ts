import { usccAuthorityLabel, usccKindLabel } from '../uscc-labels';

describe('USCC labels', () => {
  it('names an enterprise registered by market supervision (91)', () => {
    expect(usccAuthorityLabel('914403001922038216')).toBe('市场监管');
    expect(usccKindLabel('914403001922038216')).toBe('企业');
  });

  it('names a government department (11) as 机构编制 / 机关', () => {
    expect(usccAuthorityLabel('11')).toBe('机构编制');
    expect(usccKindLabel('11')).toBe('机关');
  });

  it.each([
    ['12', '事业单位'],
    ['13', '群众团体'],
    ['51', '社会团体'],
    ['52', '民办非企业单位'],
    ['53', '基金会'],
    ['92', '个体工商户'],
    ['93', '农民专业合作社'],
    ['Y1', '其他'],
  ])('maps the prefix %s to the kind %s', (prefix, kind) => {
    expect(usccKindLabel(prefix)).toBe(kind);
  });

  it.each([
    ['2', '外交'],
    ['3', '司法行政'],
    ['4', '文化'],
    ['6', '旅游'],
    ['7', '宗教'],
    ['8', '工会'],
    ['A', '军队'],
    ['N', '农业'],
  ])('maps the authority character %s to %s', (ch, authority) => {
    expect(usccAuthorityLabel(ch)).toBe(authority);
  });

  it('accepts lower-case and full-width prefixes', () => {
    expect(usccAuthorityLabel('ｙ1')).toBe('其他');
    expect(usccKindLabel('n1')).toBe('组级集体经济组织');
  });

  it('returns null for unassigned characters and for empty input', () => {
    expect(usccAuthorityLabel('0')).toBeNull();
    expect(usccKindLabel('94')).toBeNull();
    expect(usccKindLabel('9')).toBeNull();
    expect(usccAuthorityLabel('')).toBeNull();
    expect(usccKindLabel(null as unknown as string)).toBeNull();
  });
});
