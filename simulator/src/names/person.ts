import type { Rng } from '../random/rng';
import { COMPOUND_SURNAMES, GIVEN_CHARS, RARE_CHARS, SURNAMES } from './person-words';

/** A person's name: mostly 2–3 characters, sometimes a compound surname or a non-BMP character. */
export function personName(rng: Rng): string {
  const surname = rng.chance(0.03) ? rng.pick(COMPOUND_SURNAMES) : rng.weighted(SURNAMES);
  const first = rng.chance(0.01) ? rng.pick(RARE_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.chance(0.3) ? surname + first : surname + first + rng.pick(GIVEN_CHARS);
}
