import { buildResidentId } from '../ids/resident-id';
import { HOME_REGIONS, type Region } from '../names/regions';
import { personName } from '../names/person';
import type { Rng } from '../random/rng';

/** A natural person: name and a valid resident id number (GB 11643). */
export interface Person {
  readonly name: string;
  readonly idNumber: string;
}

/** A person born 1955–2002 in `region` (a random Fujian county when none is given). */
export function makePerson(rng: Rng, region?: Region): Person {
  const home = region ?? rng.pick(HOME_REGIONS);
  const year = rng.int(1955, 2002);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const birth = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return { name: personName(rng), idNumber: buildResidentId(home.code, birth, rng.int(1, 999)) };
}
