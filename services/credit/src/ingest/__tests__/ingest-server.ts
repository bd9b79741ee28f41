import { createLogger, createTestDatabase, identityOf, signedGraphQL, TEST_SIGNING_SECRET, type SubgraphServer, type TestDatabase } from '@keyfield/core';
import { prepareSync } from '@keyfield/sync';
import type { DataSource } from 'typeorm';
import type { CreditContext } from '../../context';
import { creditDataSource, prepareCredit } from '../../db';
import { createCreditServer } from '../../server';

export type GqlResult = { data?: any; errors?: any[] };

/** The credit subgraph over its own migrated test database (sync schema included), on a free port. */
export interface IngestServer {
  db: DataSource;
  gql(query: string, variables?: Record<string, unknown>): Promise<GqlResult>;
  stop(): Promise<void>;
}

export async function startIngestServer(prefix: string): Promise<IngestServer> {
  const database: TestDatabase = await createTestDatabase(prefix);
  await prepareSync(database.url);
  const db = creditDataSource(database.url);
  await db.initialize();
  await prepareCredit(db);
  const server: SubgraphServer<CreditContext> = await createCreditServer(db, createLogger('ingest-test', 'silent'), { signingSecret: TEST_SIGNING_SECRET });
  const url = await server.listen(0);
  return {
    db,
    gql: signedGraphQL(url, TEST_SIGNING_SECRET, identityOf('sync', ['credit'])),
    async stop() {
      await server.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/** Every column of every row, in key order: equal fingerprints mean nothing was written at all. */
export async function tableFingerprint(db: DataSource, table: string, key: string): Promise<{ rows: number; hash: string }> {
  const [r] = (await db.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${key}), '')) AS hash FROM ${table} t`)) as { rows: number; hash: string }[];
  return r ?? { rows: 0, hash: '' };
}

/** The IngestResult selection every test reads. */
export const RESULT = 'requestId accepted inserted updated unchanged rejected withdrawn quarantined results { index key status change reason }';

export const PUSH_PENALTIES = `mutation($records: [PenaltyRecordInput!]!) { ingestPenalties(records: $records) { ${RESULT} } }`;

export const AUTHORITY_CODE = '11350205003034767H';

/** A valid 行政处罚 wire record, numbered so that each number is its own natural key. */
export function penaltyRecord(n: number, overrides: Record<string, string | null> = {}): Record<string, string | null> {
  return {
    CF_WSH: `厦海市监罚〔2026〕${String(n).padStart(5, '0')}号`,
    CF_XDR_MC: `厦门测试${n}贸易有限公司`,
    CF_XDR_LB: '法人及非法人组织',
    CF_XDR_SHXYM: '91350205MA31XK2P5K',
    CF_FRDB: '林国栋',
    CF_WFXW: '经营超过保质期的食品',
    CF_CFLB: '警告，罚款',
    CF_NR_FK: '1.5',
    CF_JDRQ: '2026/10/28',
    CF_CFJG: '厦门市海沧区市场监督管理局',
    CF_CFJGDM: AUTHORITY_CODE,
    SJC: '2026-11-01 09:30:00',
    CZLX: 'I',
    GKSX: '主动公开',
    ...overrides,
  };
}

/** The natural key a penalty record is stored and answered under. */
export function penaltyKey(n: number): string {
  return `${penaltyRecord(n)['CF_WSH'] ?? ''}|${AUTHORITY_CODE}`;
}
