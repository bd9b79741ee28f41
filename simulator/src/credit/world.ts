import { AuthorityTable } from './authorities';
import { type Organisation, generateOrganisation } from './organisation';

/** What every credit generator shares: the seed, the sizes and the authority table. */
export interface WorldOptions {
  readonly seed: number;
  /** Number of base penalties; the other feeds are sized from it. */
  readonly size: number;
  /** Share of first versions that are malformed (0–1). */
  readonly malformedRate: number;
  /** First `SJC`, seconds. */
  readonly startSeconds: number;
}

/**
 * The fixed frame of the simulated province. It holds no records: organisations, penalties and the
 * rest are generated per index on demand, so a world of a million penalties stays small.
 */
export class CreditWorld {
  readonly seed: number;
  readonly size: number;
  readonly malformedRate: number;
  readonly startSeconds: number;
  readonly authorities = new AuthorityTable();
  /** Base organisations in the register: a quarter of the penalties, at least 50. */
  readonly organisationCount: number;

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.size = options.size;
    this.malformedRate = options.malformedRate;
    this.startSeconds = options.startSeconds;
    this.organisationCount = Math.max(50, Math.floor(options.size / 4));
  }

  /** The register's organisation at `index` (base organisations are 0 … organisationCount-1). */
  organisation(index: number): Organisation {
    return generateOrganisation(this.seed, index);
  }
}
