import { checkUscc, type Role } from '@keyfield/core';
import type { DataSource } from 'typeorm';
import type { WorkloadName } from './options';
import { BATCH, BATCH_SIZE, COLUMN_PAGE, PROFILE } from './queries';

/** One request's arguments, serialised once for each kind of target. */
export interface RequestBodies {
  /** `{ query, variables }` for a GraphQL endpoint. */
  graphql: string;
  /** The same arguments for the raw server (`POST /<workload>`). */
  raw: string;
}

export interface Workload {
  name: WorkloadName;
  /** Who asks: the public (no token) or an analyst. */
  role: Role;
  /** Argument sets; each request picks one at random, so no cache or in-flight dedupe can answer it. */
  samples: RequestBodies[];
}

const SAMPLES = 2000;
const DAY_MS = 86_400_000;

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function bodies(query: string, variables: Record<string, unknown>, raw: Record<string, unknown> = variables): RequestBodies {
  return { graphql: JSON.stringify({ query, variables }), raw: JSON.stringify(raw) };
}

/** A region (county, its city or its province) and a date range of 1–12 months ending in the last 13 months. */
async function columnSamples(db: DataSource): Promise<RequestBodies[]> {
  const rows = (await db.query(`SELECT DISTINCT left(region_code, 6) AS code FROM credit.penalty WHERE region_code ~ '^[0-9]{6}'`)) as { code: string }[];
  const codes = [...new Set(rows.flatMap(({ code }) => [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]))];
  const [{ latest }] = (await db.query(`SELECT max(decision_date)::text AS latest FROM credit.penalty`)) as [{ latest: string }];
  const end = Date.parse(latest);
  return Array.from({ length: SAMPLES }, () => {
    const to = end - Math.floor(Math.random() * 400) * DAY_MS;
    return bodies(COLUMN_PAGE, { regionCode: pick(codes), from: isoDay(to - (30 + Math.floor(Math.random() * 335)) * DAY_MS), to: isoDay(to) });
  });
}

/** The register's codes in the order `organizations` pages them (Postgres' own collation). */
async function registerCodes(db: DataSource): Promise<string[]> {
  return ((await db.query('SELECT uscc FROM credit.organization ORDER BY uscc')) as { uscc: string }[]).map((r) => r.uscc);
}

/** Organisations asked for by their code: `organization(uscc:)` refuses the register's malformed codes, so those are left out. */
function profileSamples(codes: string[]): RequestBodies[] {
  const valid = codes.filter((c) => checkUscc(c).kind !== 'invalid');
  return Array.from({ length: SAMPLES }, () => {
    const u = pick(valid);
    return bodies(PROFILE, { u }, { usccs: [u] });
  });
}

/** 500 consecutive organisations (in code order) from a random place in the register. */
function batchSamples(codes: string[]): RequestBodies[] {
  const valid = codes.filter((c) => checkUscc(c).kind !== 'invalid');
  if (valid.length < BATCH_SIZE) throw new Error(`the batch lookup needs ${BATCH_SIZE} organisations; the register has ${valid.length}`);
  return Array.from({ length: SAMPLES }, () => {
    const start = Math.floor(Math.random() * (valid.length - BATCH_SIZE + 1));
    const usccs = valid.slice(start, start + BATCH_SIZE);
    return bodies(BATCH, { u: usccs }, { usccs });
  });
}

/** The workloads asked for, with their argument sets drawn from the loaded data. */
export async function buildWorkloads(db: DataSource, names: readonly WorkloadName[]): Promise<Workload[]> {
  const codes = names.some((n) => n !== 'column') ? await registerCodes(db) : [];
  const build: Record<WorkloadName, () => Promise<Workload>> = {
    column: async () => ({ name: 'column', role: 'public', samples: await columnSamples(db) }),
    profile: async () => ({ name: 'profile', role: 'analyst', samples: profileSamples(codes) }),
    batch: async () => ({ name: 'batch', role: 'analyst', samples: batchSamples(codes) }),
  };
  const out: Workload[] = [];
  for (const name of names) out.push(await build[name]());
  return out;
}
