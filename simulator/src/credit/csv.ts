import iconv from 'iconv-lite';

/**
 * RFC 4180 text: fields quoted only when they hold a comma, a quote or a line break (quotes
 * doubled), records ended by CRLF — the last one too.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((fields) => fields.map(quote).join(',') + '\r\n').join('');
}

/** GB18030 bytes with no BOM; characters outside the BMP become 4-byte sequences. */
export function encodeGb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030', { addBOM: false });
}

/** The inverse of `encodeGb18030`, for tests and tools. */
export function decodeGb18030(bytes: Buffer): string {
  return iconv.decode(bytes, 'gb18030', { stripBOM: false });
}

/** Splits RFC 4180 text into records (used by tests to read what the simulator wrote). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(field); field = ''; }
    else if (ch === '\r' && text.charAt(i + 1) === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) records.push([...fields, field]);
  return records;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
