import { parseChineseInteger } from '../chinese-numeral';

describe('parseChineseInteger', () => {
  it.each([
    ['贰仟', '2000'],
    ['两千', '2000'],
    ['壹万伍仟', '15000'],
    ['十', '10'],
    ['十五', '15'],
    ['二十', '20'],
    ['一百零五', '105'],
    ['两千零五十', '2050'],
    ['叁拾万', '300000'],
    ['一亿二千万', '120000000'],
    ['壹佰贰拾叁万肆仟伍佰陆拾柒', '1234567'],
    ['一万亿', '1000000000000'],
    ['零', '0'],
  ])('reads %s as %s', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it.each(['一万五', '一百五', '二二', '二零', '十十', '二千三千', '万', '百', '零千', '元', ''])(
    'refuses the ambiguous or malformed %s',
    (text) => {
      expect(parseChineseInteger(text)).toBeNull();
    },
  );
});
