import { type Organisation, generateOrganisation } from '../credit/organisation';
import type { WorldOptions } from '../credit/world';
import type { Rng } from '../random/rng';

/** The simulator size beyond which the trading feeds stop growing. */
export const TRADING_SIZE_CAP = 20_000;

/**
 * The frame of the simulated trading sites: sizes derived from the simulator size, and the
 * organisations that bid and win — the credit register's own, so a winner's code joins its
 * register entry (pilot-era and legacy codes included, as in the register).
 */
export class TradingWorld {
  readonly seed: number;
  readonly malformedRate: number;
  readonly startSeconds: number;
  /** Construction tender projects in the base feed (one tick each). */
  readonly projects: number;
  /** Land parcels offered in the base feed. */
  readonly parcels: number;
  /** Procurements in the base feed. */
  readonly procurements: number;
  private readonly organisationCount: number;

  constructor(options: WorldOptions) {
    this.seed = options.seed;
    this.malformedRate = options.malformedRate;
    this.startSeconds = options.startSeconds;
    // An advance walks every trading project: past TRADING_SIZE_CAP penalties the trading feeds stop
    // growing, so a simulator of millions of penalties advances as quickly as a small one.
    const size = Math.min(options.size, TRADING_SIZE_CAP);
    this.projects = Math.max(30, Math.floor(size / 10));
    this.parcels = Math.max(12, Math.floor(size / 50));
    this.procurements = Math.max(30, Math.floor(size / 10));
    this.organisationCount = Math.max(50, Math.floor(options.size / 4));
  }

  /** A company of the register (企业, `91…`), drawn with `rng`. */
  company(rng: Rng): Organisation {
    let org = generateOrganisation(this.seed, rng.int(0, this.organisationCount - 1));
    for (let tries = 0; tries < 8 && org.kind !== '91'; tries += 1) org = generateOrganisation(this.seed, rng.int(0, this.organisationCount - 1));
    return org;
  }
}
