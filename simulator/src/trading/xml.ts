/** A record as it goes into the XML: element text (strings, `''` for an empty element) or repeated children. */
export type XmlRecord = { [field: string]: string | readonly XmlRecord[] };

const escapeText = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

// HTML content travels in CDATA, as the national platform sends it; `]]>` cannot occur inside.
const cdata = (text: string): string => `<![CDATA[${text.replace(/\]\]>/gu, ']]]]><![CDATA[>')}]]>`;

function field(name: string, value: string | readonly XmlRecord[]): string {
  if (typeof value !== 'string') return value.map((child) => element(name, child)).join('');
  if (value === '') return `<${name}/>`;
  return `<${name}>${name.endsWith('_CONTENT') ? cdata(value) : escapeText(value)}</${name}>`;
}

/** One element with its fields in insertion order. */
export function element(name: string, record: XmlRecord): string {
  return `<${name}>${Object.entries(record).map(([k, v]) => field(k, v)).join('')}</${name}>`;
}

/** A whole page: the XML declaration and the `<DATA>` envelope of the national platform. */
export function dataPage(total: number, page: number, pageCount: number, records: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<DATA total="${total}" page="${page}" pageCount="${pageCount}">${records.join('')}</DATA>`;
}

/** The site's error page: HTTP 200 with an `<ERROR>` root instead of `<DATA>`. */
export function errorPage(code: string, msg: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ERROR><CODE>${escapeText(code)}</CODE><MSG>${escapeText(msg)}</MSG></ERROR>`;
}
