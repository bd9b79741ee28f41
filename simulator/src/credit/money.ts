/**
 * 双公示 fines travel in 万元 as decimal strings: 2000 元 → "0.2", 123500 元 → "12.35". Integer
 * arithmetic on whole 元 keeps the text exact (no binary floating point in money).
 */
export function yuanToWanYuan(yuan: number): string {
  if (!Number.isSafeInteger(yuan) || yuan < 0) throw new RangeError(`fine must be whole 元: ${yuan}`);
  const whole = Math.floor(yuan / 10_000);
  const fraction = String(yuan % 10_000).padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** `52,300`: amounts in court texts carry thousands separators. */
export function groupThousands(yuan: number): string {
  return String(yuan).replace(/\B(?=(\d{3})+$)/g, ',');
}
