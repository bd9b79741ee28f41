import { rowOf } from '../../../__tests__/row-of';
import { convertCandidatePublicity } from '../candidate-publicity';
import { contextFor, fixtureRecord } from './fixtures';

const ctx = contextFor('trading/ggzy-gcjs-candidate');
const publicity = fixtureRecord('gcjs-page.xml', 'CANDIDATE_PUBLICITY', 0);

describe('convertCandidatePublicity (CANDIDATE_PUBLICITY → trading.construction_candidate_publicity)', () => {
  it('ranks candidates per lot, amounts from 万元 exact in 元 with grouping stripped', () => {
    const row = rowOf(convertCandidatePublicity(publicity, ctx));
    expect(row).toMatchObject({
      tender_project_code: 'E3502050101202600012',
      publicity_start_at: '2026-11-26T00:00:00+08:00',
      publicity_end_at: '2026-11-28T00:00:00+08:00',
      price_unit_code: '2',
    });
    const candidates = JSON.parse(String(row['candidates_json'])) as Record<string, unknown>[];
    expect(candidates.map((c) => [c['bid_section_code'], c['rank'], c['amount'], c['yuan']])).toEqual([
      ['E3502050101202600012001', 1, '1286.4531', '12864531'],
      ['E3502050101202600012001', 2, '1298.10', '12981000'],
      ['E3502050101202600012002', 1, '356.2', '3562000'],
    ]);
  });

  it('keeps a bidder known by an organisation code (not a USCC), flagged, code as published', () => {
    const row = rowOf(convertCandidatePublicity(publicity, ctx));
    const candidates = JSON.parse(String(row['candidates_json'])) as Record<string, unknown>[];
    expect(candidates[1]).toMatchObject({ code_type: '01', code: '15520887-7', uscc_valid: false, code_warning: expect.stringContaining('not a USCC') });
    expect(row['candidate_codes']).toContain('15520887-7');
  });

  it('rejects a candidate whose rank is not a whole number, naming the candidate', () => {
    const [one, ...rest] = publicity.CANDIDATE ?? [];
    const bad = { ...publicity, CANDIDATE: [{ ...one, RANK: '第一' }, ...rest] };
    expect(convertCandidatePublicity(bad, ctx)).toMatchObject({ ok: false, key: 'E3502050101202600012', reason: expect.stringMatching(/^CANDIDATE\[0\]\.RANK: /u) });
  });
});
