import { createHash } from 'node:crypto';
import { Rng } from '../random/rng';
import { SECONDS_PER_DAY, formatDate, startOfDay } from '../time/clock';
import { encodeGb18030, toCsv } from './csv';
import { PERMIT_COLUMNS, permitRow } from './permits';
import type { CreditWorld } from './world';

/** One daily permit file: which permit ids it holds and how often it has been corrected. */
export interface PermitFile {
  /** `xzxk_20261101.csv`. */
  readonly name: string;
  /** The day, midnight seconds. */
  readonly date: number;
  readonly firstId: number;
  readonly count: number;
  /** 0 as first published; each correction re-publishes the file under the same name. */
  revision: number;
}

/** An entry of `index.json`; every value a string. */
export interface PermitFileEntry {
  readonly name: string;
  readonly date: string;
  readonly bytes: string;
  readonly sha256: string;
}

/** Rows a corrected file changes besides its first: about one in ten. */
const CORRECTION_SHARE = 0.1;

/**
 * `GET /credit/files/xzxk/…`: administrative permits as one GB18030 CSV a day. Base files hold
 * size/2 permits over the days before the start; each advance adds a day. Bytes are rendered on
 * demand; only each file's length and hash are cached (per revision).
 */
export class PermitFiles {
  private readonly files: PermitFile[] = [];
  private readonly digests = new Map<string, { revision: number; entry: PermitFileEntry }>();
  private nextId = 0;

  constructor(private readonly world: CreditWorld) {
    const total = Math.floor(world.size / 2);
    const days = Math.min(365, Math.max(3, Math.ceil(total / 60)));
    const lastDay = startOfDay(world.startSeconds);
    for (let d = 0; d < days; d += 1) {
      const count = Math.floor(((d + 1) * total) / days) - Math.floor((d * total) / days);
      this.addDay(lastDay - (days - 1 - d) * SECONDS_PER_DAY, count);
    }
  }

  /** Files in date order. */
  list(): readonly PermitFile[] {
    return this.files;
  }

  /** The date of the newest file. */
  lastDate(): number {
    return this.files[this.files.length - 1]?.date ?? startOfDay(this.world.startSeconds);
  }

  /** Average permits per base day: the size of a new day's file. */
  typicalCount(): number {
    return Math.max(1, Math.round(Math.floor(this.world.size / 2) / Math.max(1, this.files.length)));
  }

  /** Publishes a new day's file of `count` new permits. */
  addDay(date: number, count: number): PermitFile {
    const file: PermitFile = { name: `xzxk_${formatDate(date, '')}.csv`, date, firstId: this.nextId, count, revision: 0 };
    this.nextId += count;
    this.files.push(file);
    return file;
  }

  /** Replaces a listed file by a corrected one with the same name (and a new sha256). */
  correct(name: string): PermitFile | undefined {
    const file = this.find(name);
    if (file) file.revision += 1;
    return file;
  }

  find(name: string): PermitFile | undefined {
    return this.files.find((f) => f.name === name);
  }

  /** The decoded rows of a file (no header), as currently published. */
  rows(file: PermitFile): string[][] {
    const rows: string[][] = [];
    for (let i = 0; i < file.count; i += 1) {
      const id = file.firstId + i;
      rows.push(permitRow(this.world, id, file.date, this.rowRevision(id, i === 0, file.revision)));
    }
    return rows;
  }

  /** The latest correction that touched a row (0 when none): corrections accumulate. */
  private rowRevision(id: number, first: boolean, fileRevision: number): number {
    for (let revision = fileRevision; revision > 0; revision -= 1) {
      if (first || new Rng(this.world.seed, 'xzxk-pick', id, revision).chance(CORRECTION_SHARE)) return revision;
    }
    return 0;
  }

  /** The file's bytes: GB18030, no BOM, CRLF. */
  bytes(file: PermitFile): Buffer {
    return encodeGb18030(toCsv(PERMIT_COLUMNS, this.rows(file)));
  }

  /** Its `index.json` entry; length and hash are computed once per revision. */
  entry(file: PermitFile): PermitFileEntry {
    const cached = this.digests.get(file.name);
    if (cached && cached.revision === file.revision) return cached.entry;
    const bytes = this.bytes(file);
    const entry = {
      name: file.name,
      date: formatDate(file.date, '-'),
      bytes: String(bytes.length),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    this.digests.set(file.name, { revision: file.revision, entry });
    return entry;
  }
}
