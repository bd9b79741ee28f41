import { Rng } from '../random/rng';
import { ChangeLog } from '../stream/change-log';
import type { RowRef } from '../stream/row-ref';
import { formatDate, formatTimestamp } from '../time/clock';
import { Timeline } from '../time/timeline';
import type { Feed } from './feed';
import { IMPOSSIBLE_DASH_DATE, garbageCode, malformation } from './malformed';
import { type WireRow, setDisclosure } from './wire-row';
import type { CreditWorld } from './world';

const MALFORMED = ['bad-uscc', 'bad-date'] as const;

/** `GET /credit/qyxx`: the organisation register (企业信息), one row per organisation. */
export class OrganisationFeed implements Feed {
  readonly name = 'qyxx' as const;
  readonly log: ChangeLog;

  constructor(private readonly world: CreditWorld) {
    const timeline = new Timeline(world.seed, this.name, { startSeconds: world.startSeconds, rowsPerBlock: 24, blockSpanSeconds: 900 });
    this.log = new ChangeLog(timeline, world.organisationCount);
  }

  row(ref: RowRef): WireRow {
    const org = this.world.organisation(ref.id);
    const row: WireRow = {
      TYSHXYDM: org.code,
      QYMC: org.name,
      QYLX: org.kindLabel,
      FDDBR: org.representative.name,
      CLRQ: formatDate(org.founded, '-'),
      DJJG: org.registrar,
      DJZT: org.status,
      ZCDZ: org.address,
      XZQHDM: org.region.code,
      SJC: formatTimestamp(ref.sjc),
    };
    setDisclosure(row, new Rng(this.world.seed, 'qyxx-gksx', ref.id));
    const broken = ref.version === 0 ? malformation(this.world.seed, this.name, ref.id, this.world.malformedRate, MALFORMED) : undefined;
    if (broken === 'bad-uscc') row.TYSHXYDM = garbageCode(this.world.seed, ref.id);
    if (broken === 'bad-date') row.CLRQ = IMPOSSIBLE_DASH_DATE;
    return row;
  }

  insertAt(sjc: number, _rng: Rng): RowRef {
    return this.log.insert(sjc);
  }
}
