// Lots are joined by commas, ASCII or full-width, sometimes with spaces or a 顿号.
const SEPARATORS = /[,，、]/u;

/** `BID_SECTION_CODES` as a list of lot codes: trimmed, empty parts dropped, order as published. */
export function splitSectionCodes(raw: string | null): string[] {
  if (raw === null) return [];
  return raw.split(SEPARATORS).map((code) => code.trim()).filter((code) => code !== '');
}
